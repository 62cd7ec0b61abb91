package org.perceptra.ui.inspector;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableValue;
import org.perceptra.edit.Document;
import org.perceptra.edit.RenameNode;
import org.perceptra.model.LayerNode;
import org.perceptra.ui.forms.EditAttempt;

/** The layer's display name as the first row of the sheet; a change is a {@link RenameNode} edit. */
final class NameItem implements InspectorItem {
    private final Document document;
    private final BooleanSupplier rebuilding;
    private LayerNode node;

    NameItem(Document document, LayerNode node, BooleanSupplier rebuilding) {
        this.document = document;
        this.node = node;
        this.rebuilding = rebuilding;
    }

    @Override
    public void update(LayerNode current) {
        node = current;
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return "Layer";
    }

    @Override
    public String getName() {
        return "Name";
    }

    @Override
    public String getDescription() {
        return "The name shown on the canvas and in messages. The layer's id (" + node.id() + ") never changes.";
    }

    @Override
    public Object getValue() {
        return node.name();
    }

    @Override
    public void setValue(Object value) {
        commit(value);
    }

    @Override
    public Optional<String> commit(Object raw) {
        if (rebuilding.getAsBoolean()) {
            return Optional.empty();
        }
        return EditAttempt.run(document, new RenameNode(node.id(), String.valueOf(raw)));
    }

    @Override
    public Optional<ObservableValue<?>> getObservableValue() {
        return Optional.empty();
    }
}
