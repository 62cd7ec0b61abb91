package org.perceptra.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;

/**
 * Training that starts from stored weights where they still fit: the transfer-learning case, where a body trained
 * before keeps its weights and a replaced head starts fresh. The rule is per layer, never per tensor: a layer
 * whose every tensor is stored under its id with the same shape starts from them; any other layer starts from
 * its fresh initialisation; stored tensors of layers that are gone are ignored. A layer is never half old, half
 * new. The scaling stored with the weights is not reused: the run fits its own on its training part.
 *
 * @param fromStored layers that started from stored weights, in graph order
 * @param fresh      layers with weights that started fresh
 * @param problem    why the stored weights could not be read at all (every layer then started fresh); empty if
 *                   none
 */
public record WarmStart(List<NodeId> fromStored, List<NodeId> fresh, Optional<String> problem) {
    /** No warm start was asked for: every layer fresh, nothing to report. */
    public static final WarmStart NONE = new WarmStart(List.of(), List.of(), Optional.empty());

    public WarmStart {
        fromStored = List.copyOf(fromStored);
        fresh = List.copyOf(fresh);
    }

    /** Whether the student should hear about it (something was loaded, or could not be). */
    public boolean happened() {
        return !fromStored.isEmpty() || problem.isPresent();
    }

    /**
     * Puts the stored weights that fit into {@code network} by the rule above. Never throws for bad weights: a
     * text that is not stored weights becomes the {@link #problem}.
     */
    public static WarmStart load(String weightsJson, CompiledNetwork network) {
        Map<NodeId, List<String>> byNode = tensorsByNode(network);
        if (weightsJson == null) {
            return new WarmStart(List.of(), List.copyOf(byNode.keySet()), Optional.empty());
        }
        Map<String, WeightsJson.StoredTensor> stored;
        try {
            stored = WeightsJson.readAll(weightsJson);
        } catch (IllegalArgumentException e) {
            return new WarmStart(List.of(), List.copyOf(byNode.keySet()),
                    Optional.of("the stored weights cannot be used (" + e.getMessage() + ")"));
        }
        Map<String, long[]> shapes = network.parameterShapes();
        List<NodeId> loaded = new ArrayList<>();
        List<NodeId> fresh = new ArrayList<>();
        Map<String, float[]> values = new LinkedHashMap<>();
        byNode.forEach((node, names) -> {
            boolean fits = names.stream().allMatch(n -> stored.containsKey(n)
                    && Arrays.equals(stored.get(n).shape(), shapes.get(n)));
            if (fits) {
                names.forEach(n -> values.put(n, stored.get(n).values()));
                loaded.add(node);
            } else {
                fresh.add(node);
            }
        });
        network.setParameters(values);
        return new WarmStart(loaded, fresh, Optional.empty());
    }

    private static Map<NodeId, List<String>> tensorsByNode(CompiledNetwork network) {
        Map<NodeId, List<String>> byNode = new LinkedHashMap<>();
        List<NodeId> order = network.graph().topologicalOrder().orElse(List.copyOf(network.graph().nodeIds()));
        order.forEach(id -> byNode.put(id, new ArrayList<>()));
        for (String name : network.parameterShapes().keySet()) {
            network.nodeOf(name).ifPresent(id -> byNode.computeIfAbsent(id, k -> new ArrayList<>()).add(name));
        }
        byNode.values().removeIf(List::isEmpty);
        return byNode;
    }

    /** One sentence for the CLI and the window: which layers started from stored weights, which fresh. */
    public String sentence(NetworkGraph graph) {
        if (problem.isPresent()) {
            return "Every layer started from fresh weights: " + problem.get() + ".";
        }
        if (fromStored.isEmpty()) {
            return "Every layer started from fresh weights: no stored weights fit this network.";
        }
        String s = "Started from the stored weights: " + names(graph, fromStored) + ".";
        return fresh.isEmpty() ? s : s + " New weights: " + names(graph, fresh) + ".";
    }

    private static String names(NetworkGraph graph, List<NodeId> ids) {
        List<String> out = new ArrayList<>();
        for (NodeId id : ids) {
            LayerNode n = graph.find(id).orElse(null);
            out.add(n == null ? id.value() : n.name() + (n.frozen() ? " (frozen)" : ""));
        }
        return String.join(", ", out);
    }

    /** How the first weights of a run are chosen. */
    public enum Choice {
        /** Stored weights when some layer is frozen (freezing only makes sense for weights learned before). */
        AUTO,
        /** Stored weights wherever they fit, frozen layers or not. */
        STORED,
        /** Fresh initialisation everywhere, stored weights or not. */
        FRESH;

        /** The stored weights a run with this choice starts from, or null: fresh. */
        public String startingWeights(NetworkGraph graph, String storedWeightsJson) {
            return switch (this) {
                case FRESH -> null;
                case STORED -> storedWeightsJson;
                case AUTO -> graph.nodes().stream().anyMatch(LayerNode::frozen) ? storedWeightsJson : null;
            };
        }

        public static Optional<Choice> byId(String id) {
            return Arrays.stream(values()).filter(c -> c.name().toLowerCase(Locale.ROOT).equals(id)).findFirst();
        }
    }
}
