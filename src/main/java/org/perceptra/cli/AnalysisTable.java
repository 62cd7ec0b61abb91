package org.perceptra.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.FrozenLayers;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeAnalysis;
import org.perceptra.model.Severity;
import org.perceptra.project.Project;

/** The text report of {@code validate}: one row per layer, totals, then diagnostics with their fixes. */
final class AnalysisTable {
    private static final String[] HEADER = {"Node", "Kind", "Output shape", "Params", "Multiply-adds"};

    private final Project project;
    private final GraphAnalysis analysis;

    AnalysisTable(Project project, GraphAnalysis analysis) {
        this.project = project;
        this.analysis = analysis;
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        if (!project.name().isBlank()) {
            sb.append(project.name()).append("\n\n");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (LayerNode node : project.graph().nodes()) {
            NodeAnalysis a = analysis.node(node.id()).orElseThrow();
            rows.add(new String[] {node.id().value() + (node.frozen() ? " (frozen)" : ""), node.kind().id(), a.hasOutput() ? a.output().toString() : "?",
                count(a.params()), count(a.macs())});
        }
        rows.add(new String[] {"Total", "", "", count(analysis.totalParams()), count(analysis.totalMacs())});
        appendTable(sb, rows);
        if (analysis.totalNonTrainableParams() > 0) {
            sb.append("Non-trainable parameters (e.g. BatchNorm running statistics): ")
                    .append(count(analysis.totalNonTrainableParams())).append('\n');
        }
        long frozen = FrozenLayers.frozenParams(project.graph(), analysis);
        if (frozen > 0) {
            sb.append("Frozen parameters (kept as they are in training): ").append(count(frozen))
                    .append("; trained: ").append(count(analysis.totalParams() - frozen)).append('\n');
        }
        sb.append('\n');
        appendDiagnostics(sb);
        return sb.toString();
    }

    private static void appendTable(StringBuilder sb, List<String[]> rows) {
        int[] width = new int[HEADER.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (int row = 0; row < rows.size(); row++) {
            String[] r = rows.get(row);
            if (row == rows.size() - 1) {
                rule(sb, width);
            }
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean numeric = i >= 3;
                String cell = numeric ? pad(r[i], width[i], true) : pad(r[i], width[i], false);
                line.append(cell).append(i < r.length - 1 ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (row == 0) {
                rule(sb, width);
            }
        }
    }

    private static void rule(StringBuilder sb, int[] width) {
        int total = 0;
        for (int w : width) {
            total += w;
        }
        sb.append("-".repeat(total + 2 * (width.length - 1))).append('\n');
    }

    private void appendDiagnostics(StringBuilder sb) {
        List<Diagnostic> ds = analysis.diagnostics();
        if (ds.isEmpty()) {
            sb.append("No problems found: the network is ready to train.\n");
            return;
        }
        long errors = ds.stream().filter(Diagnostic::isError).count();
        long warnings = ds.stream().filter(d -> d.severity() == Severity.WARNING).count();
        sb.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning")).append(":\n");
        for (Diagnostic d : ds) {
            sb.append("  ").append(pad(d.severity().label(), 7, false)).append(' ')
                    .append(d.node() == null ? "(network)" : d.node().value()).append(": ").append(d.message()).append('\n');
            if (!d.fix().isEmpty()) {
                sb.append("          Fix: ").append(d.fix()).append('\n');
            }
        }
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
