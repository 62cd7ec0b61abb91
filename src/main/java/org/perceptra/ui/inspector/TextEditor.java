package org.perceptra.ui.inspector;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text field committed on Enter or when it loses focus: the layer's name, and shapes, which are typed as
 * "1, 28, 28" (also "[1, 28, 28]" or "1x28x28"). Escape abandons what was typed.
 */
final class TextEditor extends ParamEditor {
    private final TextField field = new TextField();
    private String shown = "";

    TextEditor(InspectorItem item, String prompt) {
        super(item);
        field.setPromptText(prompt);
        field.setOnAction(e -> send());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                send();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().equals(shown)) {
                field.setText(shown);
                message().clear();
                e.consume();
            }
        });
        place(field);
    }

    private void send() {
        if (!field.getText().equals(shown)) {
            commit(field.getText());
        }
    }

    @Override
    protected void show(Object value) {
        shown = value instanceof List<?> dims
                ? dims.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(value);
        field.setText(shown);
    }

    @Override
    Control control() {
        return field;
    }
}
