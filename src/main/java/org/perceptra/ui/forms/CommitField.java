package org.perceptra.ui.forms;

import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A text field that hands its text over when the student presses Enter or leaves the field, not on every
 * keystroke, so that "1" on the way to "128" never reaches the network. A refusal is shown under the field and
 * the field goes back to the value that stays; Escape abandons what was typed.
 */
public final class CommitField extends VBox {
    private final TextField field = new TextField();
    private final FieldMessage message = new FieldMessage();
    private final Function<String, Optional<String>> commit;
    private String shown = "";

    /** @param commit applies the text and answers the reason it was refused, or empty when it was taken */
    public CommitField(Function<String, Optional<String>> commit) {
        this.commit = commit;
        getStyleClass().add("commit-field");
        setSpacing(2);
        getChildren().addAll(field, message);
        field.setOnAction(e -> commitText());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitText();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().equals(shown)) {
                field.setText(shown);
                message.clear();
                e.consume();
            }
        });
    }

    /** Shows the document's value; what the student had typed but not committed is replaced. */
    public void show(String value) {
        shown = value == null ? "" : value;
        if (!field.getText().equals(shown)) {
            field.setText(shown);
        }
    }

    public TextField field() {
        return field;
    }

    public FieldMessage message() {
        return message;
    }

    public void commitText() {
        String text = field.getText();
        if (text.equals(shown)) {
            return;
        }
        Optional<String> refused = commit.apply(text);
        refused.ifPresentOrElse(message::show, message::clear);
        // Refused: the old value stays. Taken: the document's own form of it ("016" reads back as "16").
        field.setText(shown);
        if (refused.isPresent() && field.isFocused()) {
            field.selectAll();
        }
    }
}
