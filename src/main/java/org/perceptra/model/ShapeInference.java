package org.perceptra.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the graph in dependency order and asks each node's kind for its output shape, parameter count and
 * multiply-adds. A node whose inputs are unknown (an error upstream, or a cycle) gets no shape and no second
 * complaint: the student sees the first problem, where it is.
 */
public final class ShapeInference {
    private ShapeInference() {
    }

    public record Result(Map<NodeId, NodeAnalysis> nodes, List<Diagnostic> diagnostics) {
    }

    public static Result run(NetworkGraph graph) {
        Map<NodeId, NodeAnalysis> out = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<NodeId> order = graph.topologicalOrder().orElseGet(() -> acyclicPart(graph));
        for (NodeId id : order) {
            out.put(id, analyze(graph, graph.node(id), out, diagnostics));
        }
        for (NodeId id : graph.nodeIds()) {
            out.computeIfAbsent(id, k -> new NodeAnalysis(k, List.of(), null, 0, 0, 0));
        }
        // Keep the graph's own node order for readers (tables, files).
        Map<NodeId, NodeAnalysis> ordered = new LinkedHashMap<>();
        graph.nodeIds().forEach(id -> ordered.put(id, out.get(id)));
        return new Result(ordered, diagnostics);
    }

    private static NodeAnalysis analyze(NetworkGraph graph, LayerNode node, Map<NodeId, NodeAnalysis> done,
                                        List<Diagnostic> diagnostics) {
        NodeId id = node.id();
        List<NodeId> inputIds = graph.inputsOf(id);
        List<Shape> inputs = new ArrayList<>();
        for (NodeId in : inputIds) {
            NodeAnalysis a = done.get(in);
            if (a == null || !a.hasOutput()) {
                return new NodeAnalysis(id, List.of(), null, 0, 0, 0);
            }
            inputs.add(a.output());
        }
        LayerKind kind = node.kind();
        if (inputs.size() < kind.minInputs() || inputs.size() > kind.maxInputs()) {
            if (!inputs.isEmpty()) {
                // Zero inputs (even on a merge that needs two) is reported once, as "not connected", by the Validator.
                diagnostics.add(Diagnostic.error(id, "input-count", arityMessage(node, inputs.size()),
                        arityFix(kind)));
            }
            return new NodeAnalysis(id, inputs, null, 0, 0, 0);
        }
        Optional<Diagnostic> badParam = checkParams(node);
        if (badParam.isPresent()) {
            diagnostics.add(badParam.get());
            return new NodeAnalysis(id, inputs, null, 0, 0, 0);
        }
        LayerInference r;
        try {
            r = kind.infer(inputs, node.params());
        } catch (RuntimeException e) {
            // A kind must not throw; if one does, the student still gets a message, not a crash.
            r = LayerInference.failed("internal", "Perceptra could not work out the shape of this "
                    + kind.displayName() + " layer (" + e + ").", "Please report this; try another setting meanwhile.");
        }
        for (Diagnostic d : r.issues()) {
            diagnostics.add(new Diagnostic(d.severity(), id, d.code(), d.message(), d.fix()));
        }
        return new NodeAnalysis(id, inputs, r.output(), r.params(), r.nonTrainableParams(), r.macs());
    }

    /** The first parameter that breaks its spec, as an error; shared with the connection check. */
    static Optional<Diagnostic> checkParams(LayerNode node) {
        for (ParamSpec spec : node.kind().params()) {
            // asMap, not get: a value loaded as JSON null must be reported, not thrown.
            Object value = node.params().asMap().get(spec.name());
            Optional<String> problem = spec.check(value);
            if (problem.isPresent()) {
                return Optional.of(Diagnostic.error(node.id(), "param-out-of-range",
                        problem.get() + ".", "Set " + spec.label() + " to " + spec.allowed() + "."));
            }
        }
        return Optional.empty();
    }

    static String arityMessage(LayerNode node, int count) {
        LayerKind k = node.kind();
        String expected = k.maxInputs() == 0 ? "no inputs"
                : k.minInputs() == k.maxInputs() ? (k.minInputs() == 1 ? "exactly one input" : "exactly " + k.minInputs() + " inputs")
                : k.maxInputs() == Integer.MAX_VALUE ? "at least " + k.minInputs() + " inputs"
                : k.minInputs() + " to " + k.maxInputs() + " inputs";
        return k.displayName() + " takes " + expected + ", but " + count + (count == 1 ? " is" : " are") + " connected.";
    }

    private static String arityFix(LayerKind k) {
        if (k.maxInputs() == 0) {
            return "Remove the wires going into it.";
        }
        if (k.maxInputs() == 1) {
            return "Keep one incoming wire; to combine several layers, join them with Add or Concatenate first.";
        }
        return "Connect at least " + k.minInputs() + " layers into it.";
    }

    /** With a cycle there is no full order: analyse what does not depend on the cycle. */
    private static List<NodeId> acyclicPart(NetworkGraph graph) {
        Map<NodeId, Integer> indegree = new LinkedHashMap<>();
        graph.nodeIds().forEach(id -> indegree.put(id, graph.inputsOf(id).size()));
        List<NodeId> order = new ArrayList<>();
        java.util.ArrayDeque<NodeId> ready = new java.util.ArrayDeque<>();
        indegree.forEach((id, d) -> {
            if (d == 0) {
                ready.add(id);
            }
        });
        while (!ready.isEmpty()) {
            NodeId id = ready.poll();
            order.add(id);
            for (NodeId next : graph.outputsOf(id)) {
                if (indegree.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }
}
