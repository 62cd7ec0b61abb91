package org.perceptra.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;

/**
 * Auto-arrange: layers in columns from left to right by their longest distance from an input (Sugiyama's
 * layering, simplified), each column ordered by where its inputs sit (the barycentre heuristic) so that
 * wires cross little, and columns centred on one another. Plain Java, no JavaFX, so it is tested directly.
 */
final class LayeredLayout {
    private final double columnGap;
    private final double rowGap;

    /** @param columnGap horizontal distance between columns' left edges; @param rowGap vertical, top edges */
    LayeredLayout(double columnGap, double rowGap) {
        this.columnGap = columnGap;
        this.rowGap = rowGap;
    }

    /** New positions for every node, the whole arrangement starting at {@code origin} (its top-left corner). */
    Map<NodeId, Position> arrange(NetworkGraph graph, Position origin) {
        List<List<NodeId>> columns = columns(graph);
        orderByInputs(graph, columns);
        int tallest = columns.stream().mapToInt(List::size).max().orElse(0);
        Map<NodeId, Position> out = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            List<NodeId> column = columns.get(c);
            double top = origin.y() + (tallest - column.size()) * rowGap / 2;
            for (int r = 0; r < column.size(); r++) {
                out.put(column.get(r), new Position(origin.x() + c * columnGap, top + r * rowGap));
            }
        }
        return out;
    }

    /** Column of each node: 0 for nodes without inputs, else one more than its furthest input. */
    private static List<List<NodeId>> columns(NetworkGraph graph) {
        // A graph with a loop (possible while editing) has no topological order: then the nodes' own order
        // stands in, and a wire coming back from a later node is ignored for the layering.
        List<NodeId> order = graph.topologicalOrder()
                .orElseGet(() -> graph.nodes().stream().map(LayerNode::id).toList());
        Map<NodeId, Integer> column = new HashMap<>();
        List<List<NodeId>> columns = new ArrayList<>();
        for (NodeId id : order) {
            int c = 0;
            for (NodeId in : graph.inputsOf(id)) {
                Integer ci = column.get(in);
                if (ci != null) {
                    c = Math.max(c, ci + 1);
                }
            }
            column.put(id, c);
            while (columns.size() <= c) {
                columns.add(new ArrayList<>());
            }
            columns.get(c).add(id);
        }
        return columns;
    }

    /** Sorts each column by the mean row of its inputs in the column before; sources keep their order. */
    private static void orderByInputs(NetworkGraph graph, List<List<NodeId>> columns) {
        Map<NodeId, Integer> row = new HashMap<>();
        for (List<NodeId> column : columns) {
            Map<NodeId, Double> centre = new HashMap<>();
            for (int i = 0; i < column.size(); i++) {
                NodeId id = column.get(i);
                List<NodeId> inputs = graph.inputsOf(id).stream().filter(row::containsKey).toList();
                double mean = inputs.isEmpty() ? i : inputs.stream().mapToInt(row::get).average().orElse(i);
                centre.put(id, mean);
            }
            column.sort(Comparator.comparingDouble(centre::get));
            for (int i = 0; i < column.size(); i++) {
                row.put(column.get(i), i);
            }
        }
    }
}
