package org.perceptra.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.perceptra.edit.Document;
import org.perceptra.edit.DocumentChange;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.Selection;

/**
 * The designer's main window: menus and toolbar on top, the welcome view or the designer in the middle, the
 * status bar below. It owns the document for the window's life and the safety net around it: the
 * unsaved-changes question on close, autosave to the recovery file, the restore offer at start, and opening a
 * project file dropped on the window.
 */
public final class ShellWindow {
    private final Stage stage;
    private final ShellEnvironment env;
    private final Settings settings;
    private final Appearance appearance;
    private final OpenProject open;
    private final Selection selection = new Selection();
    private final BooleanProperty projectShown = new SimpleBooleanProperty(false);
    private final Prompts prompts;
    private final FileCommands files;
    private final ShellCommands commands;
    private final Workspace workspace;
    private final WelcomeView welcome;
    private final StatusBar statusBar;
    private final BorderPane root = new BorderPane();
    private final Autosaver autosaver;
    private final Timeline autosaveTimer;
    private final ZoneId zone;

    public ShellWindow(Stage stage, ShellEnvironment env) {
        this.stage = stage;
        this.env = env;
        this.zone = env.clock().getZone();
        settings = new Settings(env.settings());
        appearance = new Appearance(settings);
        open = new OpenProject(new Document(Project.empty("Untitled")));
        prompts = new Prompts(stage, appearance);
        files = new FileCommands(open, settings, env.dialogs(), prompts, () -> stage,
                () -> projectShown.set(true), () -> projectShown.set(false));
        workspace = new Workspace(open, selection);
        ExportCommands exports = new ExportCommands(open, env.dialogs(), prompts, () -> stage, env.background());
        ImportCommands imports = new ImportCommands(files, open, env.dialogs(), prompts, () -> stage, env.background());
        commands = new ShellCommands(new ShellCommands.Targets(files, exports, imports, open.document(), selection, workspace.canvas(),
                workspace, appearance, projectShown, () -> ShortcutsDialog.show(stage, appearance),
                () -> AboutDialog.show(stage, appearance), this::quit));
        List<SampleCatalog.Sample> samples = SampleCatalog.load();
        welcome = new WelcomeView(commands, samples, settings, files::openSample, files::open);
        statusBar = new StatusBar(open, workspace.canvas().zoomProperty(), zone);
        autosaver = new Autosaver(env.recovery(), env.background(), env.clock(),
                at -> Platform.runLater(() -> open.autosavedAtProperty().set(at)));
        autosaveTimer = new Timeline(new KeyFrame(Duration.millis(Autosaver.PERIOD.toMillis()), e -> autosaveNow()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);

        root.setTop(new VBox(MainMenuBar.build(commands, samples, settings, files::openSample, files::open),
                MainToolBar.build(commands)));
        root.getStyleClass().add("shell");
        projectShown.addListener((obs, was, is) -> showCentre());
        showCentre();
        open.document().addListener(this::documentChanged);
        buildStage();
    }

    /** Shows the window; opens {@code file} when given, then offers to restore work a crash left behind. */
    public void show(Optional<Path> file) {
        stage.show();
        autosaveTimer.play();
        file.ifPresent(files::load);
        Platform.runLater(this::offerRecovery);
    }

    public OpenProject openProject() {
        return open;
    }

    public FileCommands files() {
        return files;
    }

    public ShellCommands commands() {
        return commands;
    }

    public Settings settings() {
        return settings;
    }

    /** The layers selected on the canvas (package-private, for tests). */
    Selection selection() {
        return selection;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Stage stage() {
        return stage;
    }

    /** Writes the recovery file now if the work is unsaved; the timer calls this every few seconds. */
    public void autosaveNow() {
        Document doc = open.document();
        autosaver.tick(doc.project(), doc.revision(), doc.isDirty(), open.file());
    }

    /** Offers each recovery file a crash left behind, newest first, until one is restored. */
    public void offerRecovery() {
        for (Recovery r : env.recovery().orphans()) {
            if (prompts.offerRestore(r, zone)) {
                files.restore(r);
                // The restored work arrives as an edit after the project was replaced: frame it like an opened file.
                Platform.runLater(workspace.canvas()::fitToView);
                return;
            }
            r.discard();
        }
    }

    private void buildStage() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1800, screen.getWidth() * 0.92), Math.min(1100, screen.getHeight() * 0.92));
        appearance.manage(root);
        commands.alternateKeys().forEach((keys, command) -> scene.getAccelerators().put(keys, command::run));
        scene.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> WindowTitle.of(projectShown.get() ? open.nameBinding().get() : null, open.dirtyProperty().get()),
                projectShown, open.nameBinding(), open.dirtyProperty()));
        var icon = ShellWindow.class.getResourceAsStream("/org/perceptra/ui/perceptra.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setOnCloseRequest(e -> {
            if (files.confirmDiscard()) {
                shutDown();
            } else {
                e.consume();
            }
        });
    }

    private void showCentre() {
        boolean shown = projectShown.get();
        root.setCenter(shown ? workspace : welcome);
        root.setBottom(shown ? statusBar : null);
        if (shown) {
            // Start on the canvas, not in the palette's search field: a text field would take Ctrl+Z, Delete
            // and the arrow keys for itself.
            Platform.runLater(workspace.canvas()::requestFocus);
        }
    }

    private void documentChanged(DocumentChange change) {
        if (change.kind() == DocumentChange.Kind.REPLACED) {
            selection.clear();
        } else {
            selection.retainExisting(open.document().project().graph().nodeIds());
        }
    }

    private void quit() {
        if (files.confirmDiscard()) {
            shutDown();
            stage.close();
        }
    }

    /** A clean exit: nothing is left to recover. */
    private void shutDown() {
        autosaveTimer.stop();
        autosaver.close();
    }

    private void dragOver(DragEvent e) {
        if (projectFile(e.getDragboard()).isPresent()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        Optional<Path> file = projectFile(e.getDragboard());
        if (file.isPresent()) {
            e.setDropCompleted(true);
            e.consume();
            // After the drop has finished: the unsaved-changes question must not run inside the drag gesture.
            Platform.runLater(() -> files.open(file.get()));
        }
    }

    static Optional<Path> projectFile(Dragboard board) {
        if (!board.hasFiles()) {
            return Optional.empty();
        }
        return board.getFiles().stream().map(java.io.File::toPath)
                .filter(p -> p.getFileName().toString().endsWith(ProjectFiles.EXTENSION) && !Files.isDirectory(p))
                .findFirst();
    }
}
