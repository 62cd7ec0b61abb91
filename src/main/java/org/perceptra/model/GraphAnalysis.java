package org.perceptra.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the canvas, the status bar and the CLI show about a graph: per-node shapes and counts,
 * totals, and diagnostics (errors first). Immutable.
 */
public record GraphAnalysis(Map<NodeId, NodeAnalysis> nodes, List<Diagnostic> diagnostics) {
    public GraphAnalysis {
        nodes = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodes));
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<NodeAnalysis> node(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public long totalParams() {
        return nodes.values().stream().mapToLong(NodeAnalysis::params).sum();
    }

    public long totalNonTrainableParams() {
        return nodes.values().stream().mapToLong(NodeAnalysis::nonTrainableParams).sum();
    }

    public long totalMacs() {
        return nodes.values().stream().mapToLong(NodeAnalysis::macs).sum();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> diagnosticsFor(NodeId id) {
        return diagnostics.stream().filter(d -> id.equals(d.node())).toList();
    }
}
