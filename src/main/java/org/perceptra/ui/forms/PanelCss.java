package org.perceptra.ui.forms;

import java.net.URL;
import javafx.scene.Parent;

/** Adds the shared form style sheet and a panel's own sheet to the panel, so it looks right wherever it is placed. */
public final class PanelCss {
    private PanelCss() {
    }

    /** @param own class-path location of the panel's sheet, e.g. {@code /org/perceptra/ui/data/data.css} */
    public static void apply(Parent panel, String own) {
        add(panel, "/org/perceptra/ui/forms/forms.css");
        add(panel, own);
    }

    private static void add(Parent panel, String path) {
        URL url = PanelCss.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("style sheet missing from the build: " + path);
        }
        panel.getStylesheets().add(url.toExternalForm());
    }
}
