package org.perceptra.ui.live;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFileException;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.fx.FxToolkit;

/**
 * Opens the training dashboard on a project file and starts training at once:
 * {@code java -cp … org.perceptra.ui.live.DashboardDemo sample-projects/spiral.perceptra}.
 */
public final class DashboardDemo {
    private DashboardDemo() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: DashboardDemo FILE.perceptra [--paused] [--health]");
            System.exit(64);
        }
        Path file = Path.of(args[0]).toAbsolutePath();
        Project project;
        try {
            project = ProjectFiles.load(file);
        } catch (ProjectFileException e) {
            System.err.println("cannot read " + e.getMessage());
            System.exit(2);
            return;
        }
        java.util.List<String> options = java.util.List.of(args).subList(1, args.length);
        boolean paused = options.contains("--paused");
        boolean health = options.contains("--health");
        FxToolkit.startWithStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            LiveTraining training = LiveTraining.forProject(project, file.getParent());
            TrainingDashboard dashboard = new TrainingDashboard(training);
            stage.setTitle(project.name() + " – Perceptra training");
            stage.setScene(new Scene(dashboard, 1280, 800));
            stage.setOnCloseRequest(e -> FxToolkit.exit());
            stage.show();
            if (health) {
                dashboard.showHealth();
            }
            if (!paused) {
                training.train();
            }
        });
    }
}
