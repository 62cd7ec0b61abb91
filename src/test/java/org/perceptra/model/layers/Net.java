package org.perceptra.model.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perceptra.model.Connection;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeAnalysis;
import org.perceptra.model.NodeId;
import org.perceptra.model.ShapeInference;
import org.perceptra.model.Validator;

/** Builds test networks layer by layer: each {@link #then} wires the new node to the previous one. */
final class Net {
    private final List<LayerNode> nodes = new ArrayList<>();
    private final List<Connection> wires = new ArrayList<>();
    private String last;

    static Net input(int... shape) {
        List<Integer> dims = java.util.Arrays.stream(shape).boxed().toList();
        return new Net().add("input", StandardLayers.INPUT, Map.of(InputKind.SHAPE, dims));
    }

    /** Adds a node fed by the previous one; returns this for chaining. */
    Net then(LayerKind kind, Map<String, ?> params) {
        return then(kind.namePrefix() + "_" + (nodes.size() + 1), kind, params);
    }

    Net then(String id, LayerKind kind, Map<String, ?> params) {
        String from = last;
        add(id, kind, params);
        wires.add(new Connection(NodeId.of(from), NodeId.of(id)));
        return this;
    }

    /** Adds a node fed by the named nodes, in this order. */
    Net join(String id, LayerKind kind, Map<String, ?> params, String... from) {
        add(id, kind, params);
        for (String f : from) {
            wires.add(new Connection(NodeId.of(f), NodeId.of(id)));
        }
        return this;
    }

    /** The id of the node added last, to branch from it later. */
    String last() {
        return last;
    }

    private Net add(String id, LayerKind kind, Map<String, ?> params) {
        nodes.add(new LayerNode(NodeId.of(id), id, kind, kind.defaults(params), null));
        last = id;
        return this;
    }

    NetworkGraph graph() {
        return NetworkGraph.of(nodes, wires);
    }

    /** Everything the Validator says, whole-graph checks included: for complete networks. */
    GraphAnalysis analyze() {
        return Validator.analyze(graph());
    }

    /** Shapes, counts and the layers' own diagnostics only: for a block on its own, which has no Output. */
    GraphAnalysis inferShapes() {
        ShapeInference.Result r = ShapeInference.run(graph());
        return new GraphAnalysis(r.nodes(), r.diagnostics());
    }

    static NodeAnalysis node(GraphAnalysis a, String id) {
        return a.node(NodeId.of(id)).orElseThrow();
    }
}
