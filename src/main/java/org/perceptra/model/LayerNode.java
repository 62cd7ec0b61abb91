package org.perceptra.model;

import java.util.Objects;

/**
 * One node of the graph: a layer kind with its parameter values, a display name and a canvas position.
 * Immutable; edits replace nodes.
 */
public record LayerNode(NodeId id, String name, LayerKind kind, Params params, Position position) {
    public LayerNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(params, "params");
        name = name == null || name.isBlank() ? id.value() : name;
        position = position == null ? Position.ORIGIN : position;
    }

    /** A new node of {@code kind} with default parameters. */
    public static LayerNode of(String id, LayerKind kind) {
        return new LayerNode(NodeId.of(id), id, kind, kind.defaults(), Position.ORIGIN);
    }

    public LayerNode withParams(Params p) {
        return new LayerNode(id, name, kind, p, position);
    }

    public LayerNode withParam(String param, Object value) {
        return withParams(params.with(param, value));
    }

    public LayerNode withName(String newName) {
        return new LayerNode(id, newName, kind, params, position);
    }

    public LayerNode at(Position p) {
        return new LayerNode(id, name, kind, params, p);
    }

    public LayerNode at(double x, double y) {
        return at(new Position(x, y));
    }
}
