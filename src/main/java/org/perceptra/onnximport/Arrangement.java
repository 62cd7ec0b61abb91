package org.perceptra.onnximport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;

/**
 * Canvas positions for an imported graph, which has none: columns by the longest path from the input, spaced as
 * the sample projects are, each column centred on the input's row.
 */
final class Arrangement {
    private static final double LEFT = 60;
    private static final double MIDDLE = 200;
    private static final double COLUMN = 220;
    private static final double ROW = 140;

    private Arrangement() {
    }

    static NetworkGraph arrange(NetworkGraph graph) {
        Map<NodeId, Integer> column = new HashMap<>();
        List<List<NodeId>> columns = new ArrayList<>();
        for (NodeId id : graph.topologicalOrder().orElseThrow()) {
            int c = graph.inputsOf(id).stream().mapToInt(i -> column.get(i) + 1).max().orElse(0);
            column.put(id, c);
            while (columns.size() <= c) {
                columns.add(new ArrayList<>());
            }
            columns.get(c).add(id);
        }
        NetworkGraph out = graph;
        for (int c = 0; c < columns.size(); c++) {
            List<NodeId> ids = columns.get(c);
            for (int r = 0; r < ids.size(); r++) {
                LayerNode n = graph.node(ids.get(r));
                out = out.withNode(n.at(LEFT + c * COLUMN, MIDDLE + (r - (ids.size() - 1) / 2.0) * ROW));
            }
        }
        return out;
    }
}
