package org.perceptra.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs shape inference and the whole-graph checks (cycles, unconnected nodes, missing input or output,
 * dataset fit) and returns everything as one {@link GraphAnalysis}. Cheap enough to run on every edit.
 *
 * <p>Diagnostics come errors first, then warnings, then hints; within a severity graph-level ones lead and
 * the rest follow the graph's node order, so the list reads like the canvas and does not jump between edits.
 */
public final class Validator {
    private Validator() {
    }

    public static GraphAnalysis analyze(NetworkGraph graph) {
        return analyze(graph, Optional.empty());
    }

    public static GraphAnalysis analyze(NetworkGraph graph, Optional<DataSignature> data) {
        ShapeInference.Result shapes = ShapeInference.run(graph);
        // Wiring problems first: for one node, "receives no input" explains what follows from it.
        List<Diagnostic> all = new ArrayList<>(StructureCheck.run(graph));
        all.addAll(shapes.diagnostics());
        all.addAll(FrozenLayers.check(graph, shapes.nodes()));
        data.ifPresent(d -> all.addAll(DatasetFit.check(graph, shapes.nodes(), d)));
        sort(graph, all);
        return new GraphAnalysis(shapes.nodes(), all);
    }

    private static void sort(NetworkGraph graph, List<Diagnostic> diagnostics) {
        Map<NodeId, Integer> position = Cycles.positions(graph);
        // List.sort is stable: diagnostics of the same node keep the order they were found in.
        diagnostics.sort(Comparator.comparing(Diagnostic::severity)
                .thenComparingInt(d -> d.node() == null ? -1 : position.getOrDefault(d.node(), Integer.MAX_VALUE)));
    }
}
