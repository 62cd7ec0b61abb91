package org.perceptra.export;

import org.perceptra.model.LayerNode;

/** A network that cannot be exported in the asked format, with a sentence naming the layer and its kind. */
public final class ExportRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportRefusedException(String message) {
        super(message);
    }

    static ExportRefusedException atNode(LayerNode node, String format, String why) {
        return new ExportRefusedException("The layer '" + node.name() + "' (" + node.kind().displayName()
                + ") cannot be exported to " + format + ": " + why + ".");
    }
}
