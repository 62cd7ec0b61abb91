package org.perceptra.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.perceptra.ui.shell.ShellEnvironment;
import org.perceptra.ui.shell.ShellWindow;

/**
 * The designer application, started by {@link org.perceptra.Launcher}. With one argument, a project file
 * (as a file association passes it), it opens that project; otherwise it shows the welcome view.
 */
public final class DesignerApp extends Application {
    public static void launchWith(String[] args) {
        HeapTarget.applyToThisProcess();
        Application.launch(DesignerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Optional<Path> file = getParameters().getRaw().stream().findFirst().map(Path::of);
        new ShellWindow(stage, ShellEnvironment.standard()).show(file);
        if (StartupProbe.requested()) {
            StartupProbe.measure();
        }
    }
}
