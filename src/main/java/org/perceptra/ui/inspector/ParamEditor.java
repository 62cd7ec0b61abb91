package org.perceptra.ui.inspector;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.layout.VBox;
import org.controlsfx.property.editor.PropertyEditor;
import org.perceptra.ui.forms.FieldMessage;

/**
 * The editor of one inspector row: a control with the refusal message under it. Values shown come from the
 * document ({@link #setValue}); values the student enters go out as edits ({@link #commit}), never both at
 * once.
 */
abstract class ParamEditor implements PropertyEditor<Object> {
    private final InspectorItem item;
    private final VBox box = new VBox(2);
    private final FieldMessage message = new FieldMessage();
    private boolean showing;

    ParamEditor(InspectorItem item) {
        this.item = item;
        box.getStyleClass().add("param-editor");
    }

    /** Call once from the subclass constructor, when the control exists. */
    final void place(Control control) {
        control.setMaxWidth(Double.MAX_VALUE);
        // Modest preferred width: the sheet then gives labels their full width and the rest to the field.
        control.setPrefWidth(110);
        box.getChildren().setAll(control, message);
    }

    /** Shows a value without sending it back as an edit. */
    protected abstract void show(Object value);

    /** The focusable control, for mnemonics and tests. */
    abstract Control control();

    @Override
    public final Node getEditor() {
        return box;
    }

    @Override
    public final Object getValue() {
        return item.getValue();
    }

    @Override
    public final void setValue(Object value) {
        showing = true;
        try {
            show(value);
        } finally {
            showing = false;
        }
    }

    /** The document has a new version of the node. A refusal shown earlier stays until the next commit. */
    final void refresh() {
        setValue(item.getValue());
    }

    /**
     * A refusal appearing or going changes the row's height. Content inside a scroll pane is a layout root, so
     * that change alone would not reach the sheet and the page (both scroll panes' content): ask each
     * enclosing scroll pane to measure again, or the last rows would be cut off.
     */
    private void measureAgain() {
        for (javafx.scene.Parent p = box.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane) {
                p.requestLayout();
            }
        }
    }

    final FieldMessage message() {
        return message;
    }

    /** Sends what the student entered; a refusal is shown and the control goes back to the value that stays. */
    protected final void commit(Object raw) {
        if (showing) {
            return;
        }
        Optional<String> refused = item.commit(raw);
        boolean before = message.isShowing();
        refused.ifPresentOrElse(message::show, message::clear);
        setValue(item.getValue());
        if (before || message.isShowing()) {
            measureAgain();
        }
    }
}
