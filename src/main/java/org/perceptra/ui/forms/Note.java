package org.perceptra.ui.forms;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.Severity;

/**
 * A boxed message in a panel: what is wrong in plain words and, under it, what to try. Errors are red,
 * warnings amber, notes neutral; each with its own icon, so the meaning never rests on colour alone.
 */
public final class Note extends HBox {
    private final Label text = new Label();
    private final Label fix = new Label();

    public Note(Severity severity, String message, String fixText) {
        getStyleClass().addAll("note", "note-" + severity.label());
        setSpacing(8);
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(Double.MAX_VALUE);
        FontIcon icon = new FontIcon(switch (severity) {
            case ERROR -> "mdi2a-alert-circle";
            case WARNING -> "mdi2a-alert";
            case INFO -> "mdi2i-information-outline";
        });
        icon.getStyleClass().add("note-icon");
        text.setText(message);
        text.setWrapText(true);
        text.setPrefWidth(40);
        // A label's maximum width is its preferred width unless told otherwise: without this the words stay
        // 40 pixels wide, one word a line, however wide the panel is.
        text.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("note-text");
        fix.setText(fixText == null ? "" : fixText);
        fix.setWrapText(true);
        fix.setPrefWidth(40);
        fix.setMaxWidth(Double.MAX_VALUE);
        fix.getStyleClass().add("note-fix");
        fix.setVisible(!fix.getText().isBlank());
        fix.managedProperty().bind(fix.visibleProperty());
        VBox words = new VBox(2, text, fix);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        getChildren().addAll(icon, words);
    }

    public static Note of(Diagnostic d) {
        return new Note(d.severity(), d.message(), d.fix().isBlank() ? "" : "Fix: " + d.fix());
    }

    public static Note error(String message) {
        return new Note(Severity.ERROR, message, "");
    }

    public static Note warning(String message) {
        return new Note(Severity.WARNING, message, "");
    }

    public static Note info(String message) {
        return new Note(Severity.INFO, message, "");
    }

    public String message() {
        return text.getText();
    }
}
