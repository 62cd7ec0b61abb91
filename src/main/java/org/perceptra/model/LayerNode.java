package org.perceptra.model;

import java.util.Objects;

/**
 * One node of the graph: a layer kind with its parameter values, a display name, a canvas position, and whether
 * it is frozen. A frozen node keeps its weights while the others train (transfer learning: a body learned on one
 * task, a new head trained on another). Immutable; edits replace nodes.
 */
public record LayerNode(NodeId id, String name, LayerKind kind, Params params, Position position, boolean frozen) {
    public LayerNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(params, "params");
        name = name == null || name.isBlank() ? id.value() : name;
        position = position == null ? Position.ORIGIN : position;
    }

    /** A node that trains (not frozen). */
    public LayerNode(NodeId id, String name, LayerKind kind, Params params, Position position) {
        this(id, name, kind, params, position, false);
    }

    /** A new node of {@code kind} with default parameters. */
    public static LayerNode of(String id, LayerKind kind) {
        return new LayerNode(NodeId.of(id), id, kind, kind.defaults(), Position.ORIGIN);
    }

    public LayerNode withParams(Params p) {
        return new LayerNode(id, name, kind, p, position, frozen);
    }

    public LayerNode withParam(String param, Object value) {
        return withParams(params.with(param, value));
    }

    public LayerNode withName(String newName) {
        return new LayerNode(id, newName, kind, params, position, frozen);
    }

    public LayerNode at(Position p) {
        return new LayerNode(id, name, kind, params, p, frozen);
    }

    public LayerNode at(double x, double y) {
        return at(new Position(x, y));
    }

    /** The same node, frozen or training. */
    public LayerNode withFrozen(boolean f) {
        return new LayerNode(id, name, kind, params, position, f);
    }
}
