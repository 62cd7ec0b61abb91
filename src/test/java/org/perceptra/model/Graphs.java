package org.perceptra.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perceptra.model.layers.StandardLayers;

/** A small fluent builder so each test shows its network in a few readable lines. */
final class Graphs {
    private final List<LayerNode> nodes = new ArrayList<>();
    private final List<Connection> wires = new ArrayList<>();

    static Graphs graph() {
        return new Graphs();
    }

    Graphs input(String id, int... shape) {
        return node(id, StandardLayers.INPUT, Map.of("shape", Shape.of(shape).toList()));
    }

    Graphs dense(String id, int units) {
        return node(id, StandardLayers.DENSE, Map.of("units", units));
    }

    Graphs output(String id, int units, String activation, String loss) {
        return node(id, StandardLayers.OUTPUT, Map.of("units", units, "activation", activation, "loss", loss));
    }

    Graphs node(String id, LayerKind kind) {
        return node(id, kind, Map.of());
    }

    Graphs node(String id, LayerKind kind, Map<String, ?> params) {
        nodes.add(new LayerNode(NodeId.of(id), id, kind, kind.defaults(params), Position.ORIGIN));
        return this;
    }

    /** Wires each named node into the next: {@code chain("a", "b", "c")} gives a -> b -> c. */
    Graphs chain(String... ids) {
        for (int i = 0; i + 1 < ids.length; i++) {
            wires.add(new Connection(NodeId.of(ids[i]), NodeId.of(ids[i + 1])));
        }
        return this;
    }

    NetworkGraph build() {
        return NetworkGraph.of(nodes, wires);
    }

    /** Input [4] -> Dense 8 -> Output 3 softmax categorical: a network with nothing to complain about. */
    static Graphs classifier() {
        return graph().input("input_1", 4).dense("dense_1", 8).output("output_1", 3, "softmax", "categorical_crossentropy")
                .chain("input_1", "dense_1", "output_1");
    }

    static NodeId id(String value) {
        return NodeId.of(value);
    }
}
