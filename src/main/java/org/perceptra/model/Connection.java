package org.perceptra.model;

import java.util.Objects;

/**
 * A wire carrying the output of {@code from} into {@code to}. A node with several inputs (Add, Concatenate)
 * receives them in the order its connections appear in the graph.
 */
public record Connection(NodeId from, NodeId to) {
    public Connection {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean touches(NodeId id) {
        return from.equals(id) || to.equals(id);
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
