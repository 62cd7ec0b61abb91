package org.perceptra.ui.inspector;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import org.perceptra.model.ParamSpec;

/** A drop-down of the allowed choices (activation, loss, padding...); picking one is an edit. */
final class ChoiceEditor extends ParamEditor {
    private final ComboBox<String> box = new ComboBox<>();

    ChoiceEditor(InspectorItem item, ParamSpec.ChoiceParam spec) {
        super(item);
        box.getItems().setAll(spec.choices());
        box.setVisibleRowCount(Math.min(12, spec.choices().size()));
        box.valueProperty().addListener((o, old, picked) -> {
            if (picked != null) {
                commit(picked);
            }
        });
        place(box);
    }

    @Override
    protected void show(Object value) {
        box.setValue((String) value);
    }

    @Override
    Control control() {
        return box;
    }
}
