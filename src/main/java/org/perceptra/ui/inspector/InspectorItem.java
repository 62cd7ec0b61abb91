package org.perceptra.ui.inspector;

import java.util.Optional;
import org.controlsfx.control.PropertySheet;
import org.perceptra.model.LayerNode;

/** A property-sheet row of the inspector that turns a value into an edit and follows the document. */
interface InspectorItem extends PropertySheet.Item {
    /** Applies the value through an edit; answers the reason it was refused, or empty. */
    Optional<String> commit(Object raw);

    /** The document changed: read values from this version of the node. */
    void update(LayerNode current);
}
