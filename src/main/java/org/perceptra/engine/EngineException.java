package org.perceptra.engine;

import java.util.Optional;
import org.perceptra.model.NodeId;

/** ND4J failed while running the network; names the layer whose op failed when the error says which. */
public final class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient NodeId node;

    EngineException(String message, NodeId node, Throwable cause) {
        super(message, cause);
        this.node = node;
    }

    public Optional<NodeId> node() {
        return Optional.ofNullable(node);
    }
}
