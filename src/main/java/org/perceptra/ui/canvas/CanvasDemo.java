package org.perceptra.ui.canvas;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.perceptra.edit.Document;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.Selection;
import org.perceptra.ui.palette.PaletteView;

/**
 * Palette, canvas and problems list on their own, for looking at them and taking screenshots before the
 * shell composes them: {@code CanvasDemo [project file] [--dark]}, by default the residual-block sample.
 */
public final class CanvasDemo {
    private CanvasDemo() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** A main class extending Application fails on the class path, hence this nested one. */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        boolean dark = getParameters().getRaw().contains("--dark");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        String file = getParameters().getUnnamed().stream().findFirst()
                .orElse("sample-projects/residual-block.perceptra");
        Project project = file.equals("--empty") ? Project.empty("Untitled") : ProjectFiles.load(Path.of(file));
        Document document = new Document(project);
        Selection selection = new Selection();
        GraphCanvas canvas = new GraphCanvas(document, selection);
        ProblemsView problems = new ProblemsView(document, selection, canvas);
        SplitPane centre = new SplitPane(canvas, problems);
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(0.78);
        BorderPane root = new BorderPane(centre);
        root.setLeft(new PaletteView(document, selection, canvas));
        stage.setTitle("Perceptra canvas: " + project.name());
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
    }
}
