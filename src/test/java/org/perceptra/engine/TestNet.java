package org.perceptra.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.layers.StandardLayers;

/** Builds test networks layer by layer: each {@link #then} wires the new node to the previous one. */
final class TestNet {
    private final List<LayerNode> nodes = new ArrayList<>();
    private final List<Connection> wires = new ArrayList<>();
    private String last;

    static TestNet input(int... shape) {
        return new TestNet().add("input", StandardLayers.INPUT, Map.of("shape", Arrays.stream(shape).boxed().toList()));
    }

    TestNet then(LayerKind kind, Map<String, ?> params) {
        return then(kind.namePrefix() + "_" + (nodes.size()), kind, params);
    }

    TestNet then(String id, LayerKind kind, Map<String, ?> params) {
        String from = last;
        add(id, kind, params);
        wires.add(new Connection(NodeId.of(from), NodeId.of(id)));
        return this;
    }

    TestNet dense(int units, String activation) {
        return then(StandardLayers.DENSE, Map.of("units", units, "activation", activation));
    }

    /** Adds a node fed by the named nodes, in this order. */
    TestNet join(String id, LayerKind kind, Map<String, ?> params, String... from) {
        add(id, kind, params);
        for (String f : from) {
            wires.add(new Connection(NodeId.of(f), NodeId.of(id)));
        }
        return this;
    }

    TestNet output(int units, String activation, String loss) {
        return then("output", StandardLayers.OUTPUT, Map.of("units", units, "activation", activation, "loss", loss));
    }

    /** The id of the node added last, to branch from it later. */
    String last() {
        return last;
    }

    private TestNet add(String id, LayerKind kind, Map<String, ?> params) {
        nodes.add(new LayerNode(NodeId.of(id), id, kind, kind.defaults(params), null));
        last = id;
        return this;
    }

    /** Freezes the named nodes (their weights stay while the others train). */
    TestNet freeze(String... ids) {
        for (String id : ids) {
            nodes.replaceAll(n -> n.id().value().equals(id) ? n.withFrozen(true) : n);
        }
        return this;
    }

    NetworkGraph graph() {
        return NetworkGraph.of(nodes, wires);
    }
}
