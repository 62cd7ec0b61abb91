package org.perceptra.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/** Help ▸ About: what Perceptra is, its version, and the libraries it stands on. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static void show(Window owner, Appearance appearance) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, text(), ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle("About Perceptra");
        about.setHeaderText("Perceptra " + version());
        about.getDialogPane().setId("about-dialog");
        var icon = AboutDialog.class.getResourceAsStream("/org/perceptra/ui/perceptra.png");
        if (icon != null) {
            about.setGraphic(new ImageView(new Image(icon, 64, 64, true, true)));
        }
        appearance.style(about);
        about.showAndWait();
    }

    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    private static String text() {
        return """
                Design neural networks by drag and drop, and watch them learn.

                Built with JavaFX, AtlantaFX, Ikonli, ControlsFX and JFreeChart for the window, \
                and ND4J (SameDiff) for training.

                Java %s on %s""".formatted(System.getProperty("java.version"), System.getProperty("os.name"));
    }
}
