package org.perceptra.report;

import static org.perceptra.report.DiagramStyle.CARD_WIDTH;
import static org.perceptra.report.DiagramStyle.FOOTER;
import static org.perceptra.report.DiagramStyle.HEADER;
import static org.perceptra.report.DiagramStyle.MARGIN;
import static org.perceptra.report.DiagramStyle.NAME_LINE;
import static org.perceptra.report.DiagramStyle.PAD;
import static org.perceptra.report.DiagramStyle.SUMMARY_LINE;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perceptra.model.Connection;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeAnalysis;
import org.perceptra.model.NodeId;
import org.perceptra.model.Severity;
import org.perceptra.model.Shape;
import org.perceptra.model.layers.StandardLayers;

/**
 * Where each card and wire of a diagram goes, in picture units: the canvas positions shifted so that the
 * network starts one margin from the top-left corner (below the title, when there is one), and every text
 * already cut to what fits. Computed once, then painted onto any Graphics2D.
 */
final class DiagramLayout {
    static final double TITLE_BLOCK = 50;

    /** One layer's card; {@code problem} is ERROR, WARNING or null. */
    record Card(NodeId id, double x, double y, double height, String kind, String name, List<String> summary,
                String shape, String count, LayerNode node, Severity problem, boolean takesInputs,
                boolean givesOutput) {
        double portY() {
            return y + HEADER + 6 + NAME_LINE / 2;
        }

        Point2D in() {
            return new Point2D.Double(x, portY());
        }

        Point2D out() {
            return new Point2D.Double(x + CARD_WIDTH, portY());
        }
    }

    /** A wire labelled with the shape it carries; {@code broken} when that shape is unknown. */
    record Wire(Card from, Card to, String label, boolean broken) {
    }

    final List<Card> cards;
    final List<Wire> wires;
    final double width;
    final double height;
    final String title;
    final String subtitle;

    private DiagramLayout(List<Card> cards, List<Wire> wires, double width, double height, String title,
                          String subtitle) {
        this.cards = cards;
        this.wires = wires;
        this.width = width;
        this.height = height;
        this.title = title;
        this.subtitle = subtitle;
    }

    /** @param title drawn above the network with its size, or null for the bare network */
    static DiagramLayout of(NetworkGraph graph, GraphAnalysis analysis, String title) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (LayerNode n : graph.nodes()) {
            minX = Math.min(minX, n.position().x());
            minY = Math.min(minY, n.position().y());
        }
        double top = MARGIN + (title == null ? 0 : TITLE_BLOCK);
        double dx = graph.isEmpty() ? 0 : MARGIN - minX;
        double dy = graph.isEmpty() ? 0 : top - minY;
        Map<NodeId, Card> cards = new LinkedHashMap<>();
        double right = 0;
        double bottom = top;
        for (LayerNode n : graph.nodes()) {
            Card c = card(n, analysis, n.position().x() + dx, n.position().y() + dy);
            cards.put(n.id(), c);
            right = Math.max(right, c.x() + CARD_WIDTH);
            bottom = Math.max(bottom, c.y() + c.height());
        }
        List<Wire> wires = new ArrayList<>();
        for (Connection w : graph.connections()) {
            Shape carried = analysis.node(w.from()).map(NodeAnalysis::output).orElse(null);
            wires.add(new Wire(cards.get(w.from()), cards.get(w.to()), carried == null ? "?" : carried.toString(),
                    carried == null));
        }
        String subtitle = title == null ? null : subtitle(graph, analysis);
        double titleWidth = title == null ? 0 : Math.max(DiagramStyle.width(title, DiagramStyle.TITLE),
                DiagramStyle.width(subtitle, DiagramStyle.SUBTITLE));
        double width = Math.max(right, MARGIN + Math.max(titleWidth, graph.isEmpty() ? 220 : 0)) + MARGIN;
        double height = bottom + MARGIN + (graph.isEmpty() ? 30 : 0);
        return new DiagramLayout(List.copyOf(cards.values()), wires, Math.ceil(width), Math.ceil(height), title,
                subtitle);
    }

    private static Card card(LayerNode n, GraphAnalysis analysis, double x, double y) {
        double inner = CARD_WIDTH - 2 * PAD;
        List<String> summary = pack(n.kind().summary(n.params()), DiagramStyle.SUMMARY_CHARS).stream()
                .map(line -> DiagramStyle.fit(line, DiagramStyle.SUMMARY, inner)).toList();
        NodeAnalysis a = analysis.node(n.id()).orElse(null);
        String shape = a != null && a.hasOutput() ? a.output().toString() : "shape ?";
        long count = a == null ? 0 : a.params() + a.nonTrainableParams();
        String countText = count == 0 ? "no params" : compact(count) + " params";
        double height = HEADER + 6 + NAME_LINE + summary.size() * SUMMARY_LINE + 3 + FOOTER;
        List<Diagnostic> d = analysis.diagnosticsFor(n.id());
        Severity problem = d.stream().anyMatch(Diagnostic::isError) ? Severity.ERROR
                : d.stream().anyMatch(x2 -> x2.severity() == Severity.WARNING) ? Severity.WARNING : null;
        double kindRoom = inner - (problem == null ? 0 : 22);
        return new Card(n.id(), x, y, height, DiagramStyle.fit(n.kind().displayName(), DiagramStyle.KIND, kindRoom),
                DiagramStyle.fit(n.name(), DiagramStyle.NAME, inner), summary, shape, countText, n, problem,
                n.kind().maxInputs() > 0, !n.kind().id().equals(StandardLayers.OUTPUT.id()));
    }

    private static String subtitle(NetworkGraph graph, GraphAnalysis analysis) {
        long params = analysis.totalParams() + analysis.totalNonTrainableParams();
        return String.format(Locale.ROOT, "%d layer%s · %,d parameters", graph.size(), graph.size() == 1 ? "" : "s",
                params);
    }

    /** Breaks a summary ("10, softmax, categorical_crossentropy") at its commas, as the canvas does. */
    static List<String> pack(String summary, int width) {
        List<String> lines = new ArrayList<>();
        if (summary.isEmpty()) {
            return lines;
        }
        String[] parts = summary.split(", ");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i] + (i < parts.length - 1 ? "," : "");
            if (line.length() > 0 && line.length() + 1 + part.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (line.length() > 0) {
                line.append(' ');
            }
            line.append(part);
        }
        lines.add(line.toString());
        return lines;
    }

    /** 842, 2.4k, 125k, 3.4M: what fits a card's footer. */
    static String compact(long n) {
        if (n < 1_000) {
            return Long.toString(n);
        }
        double v = n < 1_000_000 ? n / 1e3 : n < 1_000_000_000 ? n / 1e6 : n / 1e9;
        String unit = n < 1_000_000 ? "k" : n < 1_000_000_000 ? "M" : "G";
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v) + unit;
    }
}
