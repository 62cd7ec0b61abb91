package org.perceptra.model;

import java.util.List;
import java.util.Map;

/**
 * What freezing means for a graph's counts and checks: how many weights stay as they are, and a warning when
 * every layer that could learn is frozen, so that training would change nothing.
 */
public final class FrozenLayers {
    private FrozenLayers() {
    }

    /** Learned parameters (weights and biases) of the frozen nodes; statistics not counted. */
    public static long frozenParams(NetworkGraph graph, GraphAnalysis analysis) {
        return graph.nodes().stream().filter(LayerNode::frozen)
                .mapToLong(n -> analysis.node(n.id()).map(NodeAnalysis::params).orElse(0L)).sum();
    }

    static List<Diagnostic> check(NetworkGraph graph, Map<NodeId, NodeAnalysis> nodes) {
        List<LayerNode> learning = graph.nodes().stream()
                .filter(n -> nodes.containsKey(n.id()) && nodes.get(n.id()).params() > 0).toList();
        if (learning.isEmpty() || learning.stream().anyMatch(n -> !n.frozen())) {
            return List.of();
        }
        return List.of(Diagnostic.warning(null, "nothing-to-train", "Every layer with weights is frozen, so there is "
                        + "nothing left to train: a run would leave the network as it is.",
                "Unfreeze the layers that should learn (usually the last ones, the head)."));
    }
}
