package org.perceptra.ui.forms;

import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The line under a field that says why a value was refused. Hidden and taking no space while there is nothing
 * to say; an icon goes with the colour so the message never relies on red alone.
 */
public final class FieldMessage extends Label {
    public FieldMessage() {
        getStyleClass().add("field-error");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        // Wraps to the width its field gets instead of asking for the width of the whole sentence.
        setMinWidth(0);
        setPrefWidth(40);
        managedProperty().bind(visibleProperty());
        FontIcon icon = new FontIcon("mdi2a-alert-circle-outline");
        icon.getStyleClass().add("field-error-icon");
        setGraphic(icon);
        clear();
    }

    public void show(String reason) {
        setText(reason);
        setVisible(true);
    }

    public void clear() {
        setText("");
        setVisible(false);
    }

    public boolean isShowing() {
        return isVisible();
    }
}
