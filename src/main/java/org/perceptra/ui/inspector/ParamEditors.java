package org.perceptra.ui.inspector;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;
import org.perceptra.model.ParamSpec;

/**
 * Picks the editor that fits each parameter's declaration (spinner, drop-down, check box, shape field) and
 * remembers it, so the inspector can show new values in place without rebuilding the sheet, which would take
 * the keyboard focus away from the student.
 */
final class ParamEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {
    private final Map<PropertySheet.Item, ParamEditor> made = new IdentityHashMap<>();

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        ParamEditor editor = create((InspectorItem) item);
        made.put(item, editor);
        return editor;
    }

    private static ParamEditor create(InspectorItem item) {
        if (!(item instanceof ParamItem p)) {
            return new TextEditor(item, "a name");
        }
        ParamSpec spec = p.spec();
        if (spec instanceof ParamSpec.IntParam || spec instanceof ParamSpec.DoubleParam) {
            return new NumberEditor(item, spec);
        } else if (spec instanceof ParamSpec.ChoiceParam c) {
            return new ChoiceEditor(item, c);
        } else if (spec instanceof ParamSpec.BoolParam) {
            return new FlagEditor(item);
        }
        return new TextEditor(item, "sizes such as 1, 28, 28");
    }

    ParamEditor editorOf(PropertySheet.Item item) {
        return made.get(item);
    }

    void refreshAll() {
        made.values().forEach(ParamEditor::refresh);
    }
}
