package org.perceptra.ui.forms;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * A two-column form: labels on the left, fields on the right, grouped under section titles. Labels carry a
 * mnemonic ("_Learning rate": Alt+L jumps to the field) and the row's tooltip, so the form is usable without a
 * mouse and explains itself. Rows appear in the tab order in which they are added.
 */
public final class FormGrid extends GridPane {
    private static final double ROW_SPACE = 4;
    private int nextRow;

    public FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(12);
        // Spacing lives in each cell's margin, not in the grid's gap: a hidden row then takes no room at all.
        setVgap(0);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** A section title spanning both columns, e.g. "Learning rate schedule". */
    public Label section(String title) {
        Label label = new Label(title.toUpperCase(Locale.ROOT));
        label.getStyleClass().add("form-section");
        label.setMaxWidth(Double.MAX_VALUE);
        GridPane.setMargin(label, new Insets(ROW_SPACE * 2, 0, ROW_SPACE, 0));
        add(label, 0, nextRow++, 2, 1);
        return label;
    }

    /** A node spanning both columns, such as a preview or a list of problems. */
    public void wide(Node node) {
        GridPane.setMargin(node, new Insets(ROW_SPACE, 0, ROW_SPACE, 0));
        add(node, 0, nextRow++, 2, 1);
    }

    /**
     * @param text   label text with an optional mnemonic, "_Batch size"
     * @param target the control the mnemonic focuses
     * @param shown  what sits in the field column (the control, or the control with its message under it)
     * @param tip    one or two plain sentences: what the setting does and a sensible value
     */
    public Row row(String text, Control target, Node shown, String tip) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.setMinHeight(USE_PREF_SIZE); // a label that wraps to two lines keeps both
        label.getStyleClass().add("form-label");
        if (tip != null && !tip.isBlank()) {
            Tooltip tooltip = tooltip(tip);
            label.setTooltip(tooltip);
            target.setTooltip(tooltip);
        }
        int row = nextRow++;
        GridPane.setMargin(label, new Insets(ROW_SPACE, 0, ROW_SPACE, 0));
        GridPane.setMargin(shown, new Insets(ROW_SPACE, 0, ROW_SPACE, 0));
        add(label, 0, row);
        add(shown, 1, row);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setHgrow(shown, Priority.ALWAYS);
        return new Row(label, shown);
    }

    public Row row(String text, Control control, String tip) {
        return row(text, control, control, tip);
    }

    public Row row(String text, CommitField field, String tip) {
        return row(text, field.field(), field, tip);
    }

    /** Tooltips that stay long enough to be read aloud in a classroom, and wrap. */
    public static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(400));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    /** One label and its field, shown or hidden together (a schedule's settings appear with the schedule). */
    public record Row(Label label, Node field) {
        public void setShown(boolean shown) {
            for (Node n : new Node[] {label, field}) {
                n.setVisible(shown);
                n.setManaged(shown);
            }
        }
    }
}
