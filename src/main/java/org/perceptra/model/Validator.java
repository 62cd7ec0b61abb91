package org.perceptra.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs shape inference and the whole-graph checks (cycles, unconnected nodes, missing input or output,
 * dataset fit) and returns everything as one {@link GraphAnalysis}. Cheap enough to run on every edit.
 */
public final class Validator {
    private Validator() {
    }

    public static GraphAnalysis analyze(NetworkGraph graph) {
        return analyze(graph, Optional.empty());
    }

    public static GraphAnalysis analyze(NetworkGraph graph, Optional<DataSignature> data) {
        ShapeInference.Result shapes = ShapeInference.run(graph);
        List<Diagnostic> all = new ArrayList<>(shapes.diagnostics());
        // TODO(structure): cycles, unconnected nodes, no input/output, dataset fit.
        all.sort(Comparator.comparing(Diagnostic::severity));
        return new GraphAnalysis(shapes.nodes(), all);
    }
}
