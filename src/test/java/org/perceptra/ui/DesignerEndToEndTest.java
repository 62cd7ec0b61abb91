package org.perceptra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.edit.Document;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Params;
import org.perceptra.model.layers.OutputKind;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.shell.FileDialogs;
import org.perceptra.ui.shell.RecoveryStore;
import org.perceptra.ui.shell.SettingsFile;
import org.perceptra.ui.shell.ShellEnvironment;
import org.perceptra.ui.shell.ShellWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole designer window, driven only by the mouse and the keyboard as a student would: File ▸ New, layers
 * dragged from the palette, ports wired, settings typed and picked in the inspector, Ctrl+Z / Ctrl+Y, Ctrl+S,
 * and the file opened again. The canvas is found through its style classes, as a user finds it by its look,
 * and every step is checked on the document (and, at the end, on the file).
 */
@ExtendWith(ApplicationExtension.class)
class DesignerEndToEndTest {
    private static final NodeId INPUT = NodeId.of("input_1");
    private static final NodeId HIDDEN = NodeId.of("dense_1");
    private static final NodeId LAST = NodeId.of("dense_2");
    private static final NodeId OUTPUT = NodeId.of("output_1");
    private static final List<Connection> CHAIN = List.of(
            new Connection(INPUT, HIDDEN), new Connection(HIDDEN, LAST), new Connection(LAST, OUTPUT));

    private Path config;
    private Path work;
    private final ChosenFiles dialogs = new ChosenFiles();
    private ShellWindow window;

    @Start
    void start(Stage stage) throws IOException {
        config = Files.createTempDirectory("perceptra-e2e-config");
        work = Files.createTempDirectory("perceptra-e2e-work");
        window = new ShellWindow(stage, new ShellEnvironment(new SettingsFile(config),
                new RecoveryStore(config, 2, pid -> false), dialogs, Clock.systemDefaultZone(), Runnable::run));
        // The test classes share one stage, which keeps the size an earlier class gave it: set it, inside headless
        // Monocle's 1280 by 800 screen (a window reaching past the screen's edge breaks Monocle's painter). At
        // this width four cards need two rows on the canvas.
        stage.setWidth(1180);
        stage.setHeight(736);
        stage.centerOnScreen();
        window.show(Optional.empty());
    }

    @AfterEach
    void deleteFolders() throws IOException {
        for (Path dir : new Path[] {config, work}) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void aStudentBuildsXorByMouseSetsItUpInTheInspectorSavesItAndOpensItAgain(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.N);
        assertThat(title()).isEqualTo("Untitled \u2014 Perceptra");
        assertThat(graph().isEmpty()).isTrue();
        assertThat(robot.lookup(".graph-node").queryAll()).isEmpty();

        placeFourLayers(robot);
        wire(robot, INPUT, HIDDEN);
        wire(robot, HIDDEN, LAST);
        wire(robot, LAST, OUTPUT);
        assertThat(graph().connections()).containsExactlyElementsOf(CHAIN);
        assertThat(wireLabels(robot)).contains("[2]", "[16]");

        setUpInTheInspector(robot);
        assertXor(graph());
        assertThat(document().analysis().errors()).isEmpty();
        assertThat(wireLabels(robot)).containsExactlyInAnyOrder("[2]", "[4]", "[1]");
        Project built = document().project();

        undoAndRedoFromTheKeyboard(robot, built);

        Path file = work.resolve("xor-by-mouse.perceptra");
        dialogs.saveAt = file;
        shortcut(robot, KeyCode.S);
        assertThat(dialogs.suggested).isEqualTo("untitled.perceptra");
        assertThat(title()).isEqualTo("xor-by-mouse.perceptra \u2014 Perceptra");
        assertThat(document().isDirty()).isFalse();

        Project loaded = ProjectFiles.load(file);
        assertXor(loaded.graph());
        assertThat(loaded.graph()).isEqualTo(built.graph());
        assertThat(new Document(loaded).analysis().errors()).isEmpty();

        shortcut(robot, KeyCode.N);
        assertThat(graph().isEmpty()).isTrue();
        dialogs.openAt = file;
        shortcut(robot, KeyCode.O);
        assertThat(title()).isEqualTo("xor-by-mouse.perceptra \u2014 Perceptra");
        assertXor(graph());
        assertThat(graph()).isEqualTo(built.graph());
        assertThat(document().analysis().errors()).isEmpty();
        assertThat(robot.lookup(".graph-node").queryAll()).hasSize(4);
        assertThat(wireLabels(robot)).containsExactlyInAnyOrder("[2]", "[4]", "[1]");
    }

    @Test
    void aRefusedConnectionSaysWhyWhileDraggedAndAfterItIsLetGo(FxRobot robot) throws Exception {
        openCopyOfXorSample(robot);
        NetworkGraph before = graph();

        robot.moveTo(outPort(robot, "hidden_2")).press(MouseButton.PRIMARY);
        robot.moveTo(nameOf(robot, "output"));
        robot.moveTo(nameOf(robot, "hidden_1"));
        assertThat(visibleText(robot, ".drop-hint .label")).anySatisfy(t -> assertThat(t).contains("would make a loop"));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(graph()).isEqualTo(before);
        assertThat(document().canUndo()).isFalse();
        assertThat(visibleText(robot, ".canvas-toast")).anySatisfy(t -> assertThat(t).contains("would make a loop"));
    }

    @Test
    void deletingALayerTakesItsWiresAndOneCtrlZBringsBothBack(FxRobot robot) throws Exception {
        openCopyOfXorSample(robot);
        NetworkGraph before = graph();
        NodeId middle = NodeId.of("hidden_1");
        robot.clickOn(nameOf(robot, "hidden_1"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(graph().find(middle)).isEmpty();
        assertThat(graph().connections()).hasSize(1).noneMatch(c -> c.from().equals(middle) || c.to().equals(middle));
        assertThat(robot.lookup(".graph-node").queryAll()).hasSize(3);
        assertThat(wiresShown(robot)).isEqualTo(1);

        shortcut(robot, KeyCode.Z);
        assertThat(graph()).isEqualTo(before);
        assertThat(document().canUndo()).isFalse();
        assertThat(robot.lookup(".graph-node").queryAll()).hasSize(4);
        assertThat(wiresShown(robot)).isEqualTo(3);
    }

    // --- the steps of the main story ---

    /** Four layers in two rows, so that the cards fit the canvas of the 1180-pixel window at 100% zoom. */
    private void placeFourLayers(FxRobot robot) {
        dragFromPalette(robot, "Input", canvasAt(0.22, 0.18));
        dragFromPalette(robot, "Dense", canvasAt(0.72, 0.18));
        dragFromPalette(robot, "Dense", canvasAt(0.22, 0.58));
        dragFromPalette(robot, "Output", canvasAt(0.72, 0.58));
        assertThat(graph().nodes()).extracting(n -> n.kind().id()).containsExactly("Input", "Dense", "Dense", "Output");
        assertThat(graph().nodeIds()).containsExactly(INPUT, HIDDEN, LAST, OUTPUT);
        assertThat(robot.lookup(".graph-node").queryAll()).hasSize(4);
    }

    private void setUpInTheInspector(FxRobot robot) {
        select(robot, HIDDEN);
        typeNumber(robot, "Units", "4");
        assertThat(param(HIDDEN).getInt("units")).isEqualTo(4);
        choose(robot, "Activation", "tanh");
        assertThat(param(HIDDEN).getString("activation")).isEqualTo("tanh");
        assertThat(document().undoLabel()).hasValueSatisfying(l -> assertThat(l).contains("activation"));

        select(robot, LAST);
        typeNumber(robot, "Units", "1");
        choose(robot, "Activation", "sigmoid");

        select(robot, OUTPUT);
        typeNumber(robot, "Units", "1");
        choose(robot, "Activation", "sigmoid");
        choose(robot, "Loss", OutputKind.BINARY_CE);
        assertThat(param(OUTPUT).getString("loss")).isEqualTo(OutputKind.BINARY_CE);
    }

    /** Two steps back, each checked, then both forward again: the document is the built XOR once more. */
    private void undoAndRedoFromTheKeyboard(FxRobot robot, Project built) {
        focusCanvas(robot);
        shortcut(robot, KeyCode.Z);
        assertThat(param(OUTPUT).getString("loss")).isEqualTo(OutputKind.CATEGORICAL_CE);
        assertThat(param(OUTPUT).getString("activation")).isEqualTo("sigmoid");
        shortcut(robot, KeyCode.Z);
        assertThat(param(OUTPUT).getString("activation")).isEqualTo("softmax");
        assertThat(param(OUTPUT).getInt("units")).isEqualTo(1);
        assertThat(window.commands().get("redo").textProperty().get()).startsWith("Redo ").contains("activation");

        shortcut(robot, KeyCode.Y);
        assertThat(param(OUTPUT).getString("activation")).isEqualTo("sigmoid");
        assertThat(param(OUTPUT).getString("loss")).isEqualTo(OutputKind.CATEGORICAL_CE);
        shortcut(robot, KeyCode.Y);
        assertThat(document().project()).isEqualTo(built);
        assertThat(document().canRedo()).isFalse();
    }

    private static void assertXor(NetworkGraph g) {
        assertThat(g.nodes()).extracting(n -> n.kind().id()).containsExactly("Input", "Dense", "Dense", "Output");
        assertThat(g.connections()).containsExactlyElementsOf(CHAIN);
        assertThat(g.node(INPUT).params().getInts("shape")).containsExactly(2);
        assertThat(g.node(HIDDEN).params().getInt("units")).isEqualTo(4);
        assertThat(g.node(HIDDEN).params().getString("activation")).isEqualTo("tanh");
        assertThat(g.node(LAST).params().getInt("units")).isEqualTo(1);
        assertThat(g.node(LAST).params().getString("activation")).isEqualTo("sigmoid");
        assertThat(g.node(OUTPUT).params().getInt("units")).isEqualTo(1);
        assertThat(g.node(OUTPUT).params().getString("activation")).isEqualTo("sigmoid");
        assertThat(g.node(OUTPUT).params().getString("loss")).isEqualTo(OutputKind.BINARY_CE);
    }

    // --- the window, as the robot reaches it ---

    private void openCopyOfXorSample(FxRobot robot) throws IOException {
        Path file = work.resolve("xor.perceptra");
        Files.copy(Path.of("sample-projects/xor.perceptra"), file);
        dialogs.openAt = file;
        shortcut(robot, KeyCode.O);
        assertThat(graph().nodes()).hasSize(4);
    }

    /** Drags the kind from the palette; one that is scrolled out of sight is first looked up in its search field. */
    private void dragFromPalette(FxRobot robot, String kind, Point2D to) {
        Node list = robot.lookup(".palette-list").query();
        Optional<Node> entry = paletteEntry(robot, kind).filter(n -> inside(n, list));
        if (entry.isEmpty()) {
            robot.clickOn(".palette-search");
            robot.push(KeyCode.HOME).push(KeyCode.SHIFT, KeyCode.END);
            robot.write(kind);
            entry = paletteEntry(robot, kind);
        }
        drag(robot, centre(entry.orElseThrow()), to);
    }

    private static Optional<Node> paletteEntry(FxRobot robot, String kind) {
        return robot.lookup(".palette-kind-name").match(n -> kind.equals(((Label) n).getText()) && shown(n)).tryQuery();
    }

    private void wire(FxRobot robot, NodeId from, NodeId to) {
        drag(robot, outPort(robot, from.value()), inPort(robot, to.value()));
    }

    private void select(FxRobot robot, NodeId id) {
        robot.clickOn(nameOf(robot, id.value()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#inspector-kind").queryAs(Label.class).getText())
                .isEqualTo(graph().node(id).kind().displayName());
    }

    /** Clicks an empty spot of the canvas, so that the keys go to the designer rather than a text field. */
    private void focusCanvas(FxRobot robot) {
        robot.clickOn(canvasAt(0.5, 0.95));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeNumber(FxRobot robot, String row, String value) {
        TextField field = ((Spinner<?>) inspectorControl(robot, row)).getEditor();
        robot.clickOn(field);
        robot.push(KeyCode.HOME).push(KeyCode.SHIFT, KeyCode.END);
        robot.write(value).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo(value);
    }

    private void choose(FxRobot robot, String row, String choice) {
        ComboBox<?> box = (ComboBox<?>) inspectorControl(robot, row);
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match(n -> choice.equals(((ListCell<?>) n).getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getValue()).isEqualTo(choice);
    }

    /**
     * The editing control of one row of the inspector's property sheet (found by its label, as a reader finds
     * it), scrolled into view with the mouse wheel when the page is longer than the panel.
     */
    private Node inspectorControl(FxRobot robot, String row) {
        Label label = robot.lookup(".inspector-sheet .label").match(n -> n instanceof Label l && row.equals(l.getText()))
                .queryAs(Label.class);
        Node editor = call(label::getLabelFor);
        Node control = call(() -> ((Parent) editor).getChildrenUnmodifiable().get(0));
        // The inspector's own scroll pane, not the one inside the property sheet.
        ScrollPane page = robot.lookup(".inspector-view > .scroll-pane").queryAs(ScrollPane.class);
        for (int i = 0; i < 30 && !inside(control, page); i++) {
            robot.moveTo(page).scroll(2, VerticalDirection.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(inside(control, page)).as("%s row scrolled into view", row).isTrue();
        return control;
    }

    private static boolean inside(Node node, Node viewport) {
        return call(() -> {
            Bounds n = node.localToScreen(node.getBoundsInLocal());
            Bounds v = viewport.localToScreen(viewport.getBoundsInLocal());
            return n != null && v != null && v.contains(n.getMinX(), n.getMinY()) && v.contains(n.getMaxX(), n.getMaxY());
        });
    }

    /** The card of a layer, found by the name it shows. */
    private static Node card(FxRobot robot, String name) {
        return robot.lookup(".graph-node").match(n -> {
            Node label = n.lookup(".node-name");
            return label instanceof Labeled l && name.equals(l.getText());
        }).query();
    }

    private static Point2D nameOf(FxRobot robot, String name) {
        return centre(card(robot, name).lookup(".node-name"));
    }

    private static Point2D outPort(FxRobot robot, String name) {
        return dot(card(robot, name).lookup(".port-out"));
    }

    private static Point2D inPort(FxRobot robot, String name) {
        return dot(card(robot, name).lookup(".port-in"));
    }

    private static Point2D dot(Node circle) {
        return call(() -> circle.localToScreen(0, 0));
    }

    private static List<String> wireLabels(FxRobot robot) {
        return visibleText(robot, ".wire-label");
    }

    private static long wiresShown(FxRobot robot) {
        return call(() -> robot.lookup(".wire").queryAll().stream().filter(DesignerEndToEndTest::shown).count());
    }

    private static List<String> visibleText(FxRobot robot, String selector) {
        return call(() -> robot.lookup(selector).queryAll().stream().filter(DesignerEndToEndTest::shown)
                .map(n -> n instanceof Labeled l ? l.getText() : ((javafx.scene.text.Text) n).getText()).toList());
    }

    /** Whether a node is on screen: it and every node around it visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private Point2D canvasAt(double fx, double fy) {
        Node canvas = window.workspace().canvas();
        return call(() -> {
            Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
            return new Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
        });
    }

    private static Point2D centre(Node n) {
        return call(() -> {
            Bounds b = n.localToScreen(n.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    /** Drags in small steps, as a hand would. */
    private static void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from);
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(from.midpoint(to));
        robot.moveTo(to);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.push(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Document document() {
        return window.openProject().document();
    }

    private NetworkGraph graph() {
        return document().project().graph();
    }

    private Params param(NodeId id) {
        return graph().node(id).params();
    }

    private String title() {
        return window.stage().getTitle();
    }

    private static <T> T call(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Stands in for the system's file dialogs, which no robot can drive: it answers with the prepared paths. */
    private static final class ChosenFiles implements FileDialogs {
        volatile Path openAt;
        volatile Path saveAt;
        volatile String suggested;

        @Override
        public Optional<Path> chooseProjectToOpen(Window owner, Path startFolder) {
            return Optional.ofNullable(openAt);
        }

        @Override
        public Optional<Path> chooseSaveLocation(Window owner, Path startFolder, String suggestedName) {
            suggested = suggestedName;
            return Optional.ofNullable(saveAt);
        }

        @Override
        public Optional<Path> chooseExportLocation(Window owner, Path startFolder, String suggestedName, String kind,
                                                   String extension) {
            return Optional.empty();
        }
    }
}
