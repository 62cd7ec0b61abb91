package org.perceptra.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The designer window. Until the canvas arrives (issue 4) it is a plain welcome window that says what the
 * command-line tools already do.
 */
public final class DesignerApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(DesignerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("Perceptra");
        title.setStyle("-fx-font-size: 32px; -fx-font-weight: bold;");
        Label body = new Label("""
                Design neural networks and watch them learn.

                The drag-and-drop designer is on its way. Meanwhile the command line checks projects:
                    java -jar target/perceptra.jar validate sample-projects/spiral.perceptra
                    java -jar target/perceptra.jar layers""");
        body.setStyle("-fx-font-size: 15px;");
        VBox root = new VBox(24, title, body);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(48));
        stage.setTitle("Perceptra");
        var icon = DesignerApp.class.getResourceAsStream("perceptra.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon));
        }
        stage.setScene(new Scene(root, 820, 420));
        stage.show();
    }
}
