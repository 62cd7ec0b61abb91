package org.perceptra.ui.inspector;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableValue;
import org.perceptra.edit.Document;
import org.perceptra.edit.SetParam;
import org.perceptra.model.LayerNode;
import org.perceptra.model.ParamSpec;
import org.perceptra.ui.forms.EditAttempt;

/**
 * One parameter of the inspected layer as a property-sheet row. It never changes the node itself: a new
 * value becomes a {@link SetParam} edit, and the row learns the value back from the document.
 */
final class ParamItem implements InspectorItem {
    private final Document document;
    private final ParamSpec spec;
    private final BooleanSupplier rebuilding;
    private LayerNode node;

    ParamItem(Document document, LayerNode node, ParamSpec spec, BooleanSupplier rebuilding) {
        this.document = document;
        this.node = node;
        this.spec = spec;
        this.rebuilding = rebuilding;
    }

    ParamSpec spec() {
        return spec;
    }

    @Override
    public void update(LayerNode current) {
        node = current;
    }

    @Override
    public Class<?> getType() {
        return spec.defaultValue().getClass();
    }

    @Override
    public String getCategory() {
        return "Parameters";
    }

    @Override
    public String getName() {
        return spec.label();
    }

    @Override
    public String getDescription() {
        return spec.description() + "\nAllowed: " + spec.allowed() + ".";
    }

    @Override
    public Object getValue() {
        return node.params().has(spec.name()) ? node.params().get(spec.name()) : spec.defaultValue();
    }

    @Override
    public void setValue(Object value) {
        commit(value);
    }

    @Override
    public Optional<String> commit(Object raw) {
        if (rebuilding.getAsBoolean()) {
            // A field that loses focus because the inspector is being rebuilt (after an undo, say) must not edit
            // the document while it is telling its listeners about the change.
            return Optional.empty();
        }
        return EditAttempt.run(document, new SetParam(node.id(), spec.name(), raw));
    }

    @Override
    public Optional<ObservableValue<?>> getObservableValue() {
        return Optional.empty();
    }
}
