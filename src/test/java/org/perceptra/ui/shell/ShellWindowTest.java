package org.perceptra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.edit.Document;
import org.perceptra.edit.RenameNode;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window driven by the robot: keyboard shortcuts, toolbar, dialogs; the document and files are checked. */
@ExtendWith({ApplicationExtension.class, org.perceptra.ui.CleanStages.class})
class ShellWindowTest {
    private static final long OWN_PID = 2;
    private static final long CRASHED_PID = 1;

    private Path config;
    private Path work;
    private ScriptedFileDialogs dialogs;
    private ShellWindow window;

    @Start
    void start(Stage stage) throws IOException {
        config = Files.createTempDirectory("perceptra-config");
        work = Files.createTempDirectory("perceptra-work");
        dialogs = new ScriptedFileDialogs();
        window = new ShellWindow(stage, environment());
        // The test classes share one stage, which would keep the size an earlier class gave it.
        stage.sizeToScene();
        stage.centerOnScreen();
        window.show(Optional.empty());
    }

    private ShellEnvironment environment() {
        return new ShellEnvironment(new SettingsFile(config), new RecoveryStore(config, OWN_PID, pid -> false),
                dialogs, Clock.systemDefaultZone(), Runnable::run);
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

    private Document document() {
        return window.openProject().document();
    }

    private Path xorFile() throws IOException {
        Path file = work.resolve("xor.perceptra");
        Files.copy(Path.of("sample-projects/xor.perceptra"), file);
        return file;
    }

    private void openWithShortcut(FxRobot robot, Path file) {
        dialogs.nextOpen = file;
        robot.push(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void rename(FxRobot robot, String id, String name) {
        robot.interact(() -> document().execute(new RenameNode(NodeId.of(id), name)));
    }

    private String title() {
        return window.stage().getTitle();
    }

    @Test
    void openingAFileShowsItsNameInTheTitle(FxRobot robot) throws IOException {
        assertThat(title()).isEqualTo("Perceptra");
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();

        openWithShortcut(robot, xorFile());

        assertThat(title()).isEqualTo("xor.perceptra \u2014 Perceptra");
        assertThat(document().project().name()).isEqualTo("XOR");
        assertThat(robot.lookup("#workspace").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-file").queryLabeled().getText()).isEqualTo("Saved");
    }

    @Test
    void anEditMarksTheTitleAndCtrlSSavesAndClearsTheMark(FxRobot robot) throws Exception {
        Path file = xorFile();
        openWithShortcut(robot, file);

        rename(robot, "hidden_1", "first");
        assertThat(title()).isEqualTo("\u25CF xor.perceptra \u2014 Perceptra");
        assertThat(robot.lookup("#status-file").queryLabeled().getText()).startsWith("Unsaved changes");

        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(title()).isEqualTo("xor.perceptra \u2014 Perceptra");
        assertThat(document().isDirty()).isFalse();
        assertThat(ProjectFiles.load(file).graph().node(NodeId.of("hidden_1")).name()).isEqualTo("first");
    }

    @Test
    void editFreezeFreezesTheSelectedLayersAndIsDisabledWithNothingSelected(FxRobot robot) throws IOException {
        openWithShortcut(robot, xorFile());
        robot.interact(() -> window.selection().clear());
        assertThat(window.commands().get("freeze").disabledProperty().get()).isTrue();

        robot.interact(() -> window.selection().select(NodeId.of("hidden_1")));
        assertThat(window.commands().get("freeze").disabledProperty().get()).isFalse();
        robot.interact(() -> window.commands().get("freeze").run());
        assertThat(document().project().graph().node(NodeId.of("hidden_1")).frozen()).isTrue();
        assertThat(window.commands().get("undo").textProperty().get()).contains("Freeze");

        robot.interact(() -> window.commands().get("freeze").run());
        assertThat(document().project().graph().node(NodeId.of("hidden_1")).frozen()).isFalse();
    }

    @Test
    void undoAndRedoFromTheKeyboardNameTheEditInTheMenu(FxRobot robot) throws IOException {
        openWithShortcut(robot, xorFile());
        rename(robot, "hidden_1", "first");
        assertThat(window.commands().get("undo").textProperty().get()).startsWith("Undo ").contains("first");

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().project().graph().node(NodeId.of("hidden_1")).name()).isEqualTo("hidden_1");
        assertThat(title()).doesNotStartWith(WindowTitle.UNSAVED_MARK);

        robot.push(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().project().graph().node(NodeId.of("hidden_1")).name()).isEqualTo("first");
    }

    @Test
    void aSampleOpensAsAnUntitledCopyAndSaveAsGivesItAFile(FxRobot robot) throws Exception {
        robot.clickOn("#sample-two-moons");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title()).isEqualTo("Two moons (sample) \u2014 Perceptra");
        assertThat(window.openProject().file()).isNull();

        Path target = work.resolve("moons.perceptra");
        dialogs.nextSave = target;
        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.suggestedName).isEqualTo("two-moons.perceptra");
        assertThat(ProjectFiles.load(target)).isEqualTo(document().project());
        assertThat(title()).isEqualTo("moons.perceptra \u2014 Perceptra");
        assertThat(window.settings().get().recent().paths()).first().isEqualTo(target.toAbsolutePath());
    }

    @Test
    void newWithUnsavedChangesAsksFirstAndCancelKeepsTheWork(FxRobot robot) throws IOException {
        openWithShortcut(robot, xorFile());
        rename(robot, "hidden_1", "first");

        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unsaved-prompt").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().project().name()).isEqualTo("XOR");
        assertThat(document().isDirty()).isTrue();

        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().project().graph().isEmpty()).isTrue();
        assertThat(title()).isEqualTo("Untitled \u2014 Perceptra");
    }

    @Test
    void closingWithUnsavedChangesAsksAndSaveWritesTheFile(FxRobot robot) throws Exception {
        Path file = xorFile();
        openWithShortcut(robot, file);
        rename(robot, "hidden_2", "second");

        Platform.runLater(() -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unsaved-prompt").tryQuery()).isPresent();
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ProjectFiles.load(file).graph().node(NodeId.of("hidden_2")).name()).isEqualTo("second");
    }

    @Test
    void closingTheProjectGoesBackToTheWelcomePage(FxRobot robot) throws IOException {
        openWithShortcut(robot, xorFile());
        robot.push(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        assertThat(title()).isEqualTo("Perceptra");
        assertThat(window.commands().get("save").disabledProperty().get()).isTrue();
    }

    @Test
    void aProjectFileDroppedOnTheWindowOpensAndOtherFilesAreNotAccepted(FxRobot robot) throws IOException {
        Path notes = Files.writeString(work.resolve("notes.txt"), "not a project");
        Node welcome = robot.lookup("#welcome").query();

        Dragboard textOnly = FileDrags.dragboardWith(List.of(notes.toFile()));
        DragEvent refusedOver = FileDrags.event(DragEvent.DRAG_OVER, textOnly);
        robot.interact(() -> Event.fireEvent(welcome, refusedOver));
        assertThat(refusedOver.getAcceptedTransferMode()).isNull();

        // A file manager drag often carries several files: the first project among them opens.
        Dragboard board = FileDrags.dragboardWith(List.of(notes.toFile(), xorFile().toFile()));
        DragEvent over = FileDrags.event(DragEvent.DRAG_OVER, board);
        robot.interact(() -> Event.fireEvent(welcome, over));
        assertThat(over.getAcceptedTransferMode()).isEqualTo(TransferMode.COPY);

        DragEvent dropped = FileDrags.event(DragEvent.DRAG_DROPPED, board);
        robot.interact(() -> Event.fireEvent(welcome, dropped));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dropped.isDropCompleted()).isTrue();
        assertThat(title()).isEqualTo("xor.perceptra \u2014 Perceptra");
        assertThat(document().project().name()).isEqualTo("XOR");
    }

    @Test
    void fileExportWritesTheTrainedNetworkAsAnOnnxModelThatOnnxRuntimeLoads(FxRobot robot) throws Exception {
        Path xor = xorFile();
        openWithShortcut(robot, xor);
        // Untrained: the export explains what to do instead of writing an empty model.
        dialogs.nextExport = work.resolve("never.onnx");
        Platform.runLater(() -> window.commands().get("export-onnx").run());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-nothing-dialog").tryQuery()).isPresent();
        robot.clickOn("OK");
        assertThat(work.resolve("never.onnx")).doesNotExist();

        Path trained = work.resolve("trained.perceptra");
        int rc = org.perceptra.cli.Cli.run(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), "train", xor.toString(), "--epochs", "5",
                "--save", trained.toString());
        assertThat(rc).isZero();
        openWithShortcut(robot, trained);
        Path model = work.resolve("xor.onnx");
        dialogs.nextExport = model;

        Platform.runLater(() -> window.commands().get("export-onnx").run());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.suggestedName).isEqualTo("xor.onnx");
        assertThat(robot.lookup("#export-done-dialog").tryQuery()).isPresent();
        robot.clickOn("OK");
        try (ai.onnxruntime.OrtEnvironment env = ai.onnxruntime.OrtEnvironment.getEnvironment();
             ai.onnxruntime.OrtSession session = env.createSession(model.toString())) {
            assertThat(session.getInputNames()).hasSize(1);
        }
    }

    @Test
    void fileExportWritesTheDiagramWithoutTrainingAndTheReportOfTheLatestRun(FxRobot robot) throws Exception {
        Path xor = xorFile();
        openWithShortcut(robot, xor);
        Path png = work.resolve("xor.png");
        dialogs.nextExport = png;
        Platform.runLater(() -> window.commands().get("export-diagram-png").run());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.suggestedName).isEqualTo("xor.png");
        assertThat(robot.lookup("#export-done-dialog").tryQuery()).isPresent();
        robot.clickOn("OK");
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isPositive();
        // No run yet: the report explains what to do instead of writing an empty page.
        dialogs.nextExport = work.resolve("never.html");
        Platform.runLater(() -> window.commands().get("export-report").run());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-nothing-dialog").tryQuery()).isPresent();
        robot.clickOn("OK");
        assertThat(work.resolve("never.html")).doesNotExist();

        Path trained = work.resolve("trained.perceptra");
        assertThat(org.perceptra.cli.Cli.run(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), "train", xor.toString(), "--epochs", "3",
                "--save", trained.toString())).isZero();
        openWithShortcut(robot, trained);
        Path html = work.resolve("report.html");
        dialogs.nextExport = html;
        Platform.runLater(() -> window.commands().get("export-report").run());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#export-done-dialog").tryQuery()).isPresent();
        robot.clickOn("OK");
        org.jsoup.nodes.Document report = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(report.select("h1").text()).isEqualTo("XOR");
        assertThat(report.select("#confusion tbody tr")).hasSize(2);
    }

    @Test
    void fileExportPyTorchWritesTheModuleItsWeightsAndPredictPyIntoTheNamedFolder(FxRobot robot) throws Exception {
        Path trained = work.resolve("trained.perceptra");
        int rc = org.perceptra.cli.Cli.run(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), "train", xorFile().toString(), "--epochs", "2",
                "--save", trained.toString());
        assertThat(rc).isZero();
        openWithShortcut(robot, trained);
        Path folder = work.resolve("xor-pytorch");
        dialogs.nextExport = folder;

        Platform.runLater(() -> window.commands().get("export-pytorch").run());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.suggestedName).isEqualTo("xor-pytorch");
        assertThat(robot.lookup("#export-done-dialog").tryQuery()).isPresent();
        robot.clickOn("OK");
        assertThat(folder.resolve("model.py")).content().contains("class XOR(nn.Module):");
        assertThat(folder.resolve("weights.npz")).isNotEmptyFile();
        assertThat(folder.resolve("predict.py")).content().contains("FEATURES = [\"x1\", \"x2\"]");
    }

    @Test
    void fileExportWritesTheNd4jFileAndTheJavaClassWithItsWeights(FxRobot robot) throws Exception {
        Path trained = work.resolve("trained.perceptra");
        int rc = org.perceptra.cli.Cli.run(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), "train", xorFile().toString(), "--epochs", "2",
                "--save", trained.toString());
        assertThat(rc).isZero();
        openWithShortcut(robot, trained);

        dialogs.nextExport = work.resolve("xor.fb");
        Platform.runLater(() -> window.commands().get("export-nd4j").run());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.suggestedName).isEqualTo("xor.fb");
        assertThat(robot.lookup("#export-done-dialog").queryAs(DialogPane.class).getContentText())
                .contains("placeholder 'input'");
        robot.clickOn("OK");
        assertThat(work.resolve("xor.fb")).isNotEmptyFile();

        dialogs.nextExport = work.resolve("XORNetwork.java");
        Platform.runLater(() -> window.commands().get("export-java").run());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.suggestedName).isEqualTo("XORNetwork.java");
        assertThat(robot.lookup("#export-done-dialog").tryQuery()).isPresent();
        robot.clickOn("OK");
        assertThat(work.resolve("XORNetwork.java")).content().contains("public final class XORNetwork");
        assertThat(work.resolve("XORNetwork.npz")).isNotEmptyFile();
    }


    @Test
    void aBrokenFileShowsTheLoadersMessageNotAStackTrace(FxRobot robot) throws IOException {
        Path broken = work.resolve("broken.perceptra");
        Files.writeString(broken, "{\n  \"format\": 1,\n  \"graph\": { \"nodes\": [ {\"id\": 3} ] }\n}\n");

        openWithShortcut(robot, broken);

        DialogPane error = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(error.getContentText()).startsWith("broken.perceptra, line ").doesNotContain("Exception", "\tat ");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title()).isEqualTo("Perceptra");
    }

    @Test
    void unsavedWorkGoesToTheRecoveryFileAndSavingRemovesIt(FxRobot robot) throws Exception {
        openWithShortcut(robot, xorFile());
        Path recovery = new RecoveryStore(config, OWN_PID, pid -> false).projectFile();
        robot.interact(window::autosaveNow);
        assertThat(recovery).doesNotExist();

        rename(robot, "hidden_1", "first");
        robot.interact(window::autosaveNow);
        assertThat(ProjectFiles.load(recovery)).isEqualTo(document().project());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-file").queryLabeled().getText()).contains("autosaved");

        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        robot.interact(window::autosaveNow);
        assertThat(recovery).doesNotExist();
    }

    @Test
    void workLeftByACrashIsOfferedAndRestoredUnsavedOverItsFile(FxRobot robot) throws Exception {
        Path file = xorFile();
        Project lost = ProjectFiles.load(file).withInfo("XOR, edited before the crash", "");
        new RecoveryStore(config, CRASHED_PID, pid -> false).save(lost, file, Instant.now());

        Platform.runLater(window::offerRecovery);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#restore-prompt").tryQuery()).isPresent();
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(document().project()).isEqualTo(lost);
        assertThat(document().isDirty()).isTrue();
        assertThat(window.openProject().file()).isEqualTo(file.toAbsolutePath());
        assertThat(title()).isEqualTo("\u25CF xor.perceptra \u2014 Perceptra");
        assertThat(new RecoveryStore(config, OWN_PID, pid -> false).orphans()).isEmpty();
    }

    @Test
    void openedFilesAreRememberedAsRecentAcrossSessions(FxRobot robot) throws Exception {
        Path first = xorFile();
        Path second = work.resolve("spiral.perceptra");
        Files.copy(Path.of("sample-projects/spiral.perceptra"), second);
        openWithShortcut(robot, first);
        openWithShortcut(robot, second);

        assertThat(new SettingsFile(config).load().recent().paths())
                .containsExactly(second.toAbsolutePath(), first.toAbsolutePath());
        MenuBar menus = robot.lookup("#main-menu").queryAs(MenuBar.class);
        Menu recent = (Menu) menus.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-recent".equals(i.getId())).findFirst().orElseThrow();
        assertThat(recent.getItems().get(0).getText()).startsWith("spiral.perceptra");
        assertThat(recent.getItems().get(1).getText()).startsWith("xor.perceptra");

        // The next session's welcome page lists them too, newest first.
        Stage next = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            new ShellWindow(stage, environment()).show(Optional.empty());
            return stage;
        }).get();
        assertThat(robot.from(next.getScene().getRoot()).lookup(".recent-name").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("spiral.perceptra", "xor.perceptra");
        robot.interact(next::close);
    }

    @Test
    void ctrlFFindsALayerKindAndCtrlIEditsTheSelectedLayerWithoutTheMouse(FxRobot robot) throws IOException {
        openWithShortcut(robot, xorFile());
        int layers = document().project().graph().nodes().size();

        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        Node focused = window.stage().getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(TextField.class);
        assertThat(isInside(focused, robot.lookup("#palette-holder").query())).isTrue();
        robot.write("dropout").type(KeyCode.ENTER);
        assertThat(document().project().graph().nodes()).hasSize(layers + 1)
                .anyMatch(n -> n.kind().id().equals("Dropout"));

        // Nothing selected: the inspector has no field, so the canvas takes the keys (arrows pick a layer there).
        robot.interact(() -> window.selection().clear());
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        assertThat(window.stage().getScene().getFocusOwner()).isSameAs(window.workspace().canvas());

        robot.interact(() -> window.selection().select(NodeId.of("hidden_1")));
        robot.push(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        Node field = window.stage().getScene().getFocusOwner();
        assertThat(isInside(field, robot.lookup(".inspector-view").query())).isTrue();
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /** Text fields consume the key presses of what they type, so "-" and "0" never zoom while typing. */
    @Test
    void zoomKeysTypeCharactersInATextFieldAndZoomElsewhere(FxRobot robot) throws IOException {
        openWithShortcut(robot, xorFile());
        TextField field = new TextField();
        field.setId("some-field");
        robot.interact(() -> ((VBox) window.stage().getScene().getRoot().lookup("#main-toolbar").getParent())
                .getChildren().add(field));
        double zoom = window.workspace().canvas().zoomProperty().get();

        robot.clickOn("#some-field").type(KeyCode.MINUS, KeyCode.DIGIT0);
        assertThat(field.getText()).isEqualTo("-0");
        assertThat(window.workspace().canvas().zoomProperty().get()).isEqualTo(zoom);

        robot.interact(() -> window.workspace().canvas().requestFocus());
        robot.type(KeyCode.MINUS);
        assertThat(window.workspace().canvas().zoomProperty().get()).isLessThan(zoom);
    }

    @Test
    void theThemeTogglesAndIsRemembered(FxRobot robot) {
        robot.clickOn("#tool-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(new SettingsFile(config).load().theme()).isEqualTo(Theme.DARK);

        robot.clickOn("#tool-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(new SettingsFile(config).load().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void textGrowsForAProjector(FxRobot robot) {
        Node root = window.stage().getScene().getRoot();
        robot.push(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        int larger = FontSize.larger(FontSize.DEFAULT);
        assertThat(root.getStyle()).contains("-fx-font-size: " + larger + "px");
        assertThat(new SettingsFile(config).load().fontSize()).isEqualTo(larger);
    }
}
