package org.perceptra.ui.inspector;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;

/** A check box for on/off parameters; Space toggles it from the keyboard. */
final class FlagEditor extends ParamEditor {
    private final CheckBox check = new CheckBox();

    FlagEditor(InspectorItem item) {
        super(item);
        check.selectedProperty().addListener((o, old, on) -> commit(on));
        place(check);
    }

    @Override
    protected void show(Object value) {
        check.setSelected(Boolean.TRUE.equals(value));
        check.setText(Boolean.TRUE.equals(value) ? "On" : "Off");
    }

    @Override
    Control control() {
        return check;
    }
}
