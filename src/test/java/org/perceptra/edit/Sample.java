package org.perceptra.edit;

import java.util.List;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.layers.StandardLayers;
import org.perceptra.project.Project;

/** Small projects the edit tests start from. */
final class Sample {
    static final NodeId INPUT = NodeId.of("input");
    static final NodeId DENSE = NodeId.of("dense_1");
    static final NodeId OUTPUT = NodeId.of("output");
    /** An unwired Dense layer, free to be connected. */
    static final NodeId SPARE = NodeId.of("spare");

    private Sample() {
    }

    /** input → dense_1 → output, plus an unwired "spare" Dense layer. */
    static Project chain() {
        NetworkGraph g = NetworkGraph.of(
                List.of(LayerNode.of("input", StandardLayers.INPUT).at(0, 0),
                        LayerNode.of("dense_1", StandardLayers.DENSE).at(0, 100),
                        LayerNode.of("output", StandardLayers.OUTPUT).at(0, 200),
                        LayerNode.of("spare", StandardLayers.DENSE).at(200, 100)),
                List.of(new Connection(INPUT, DENSE), new Connection(DENSE, OUTPUT)));
        return Project.empty("sample").withGraph(g);
    }

    static LayerNode dense(String id) {
        return LayerNode.of(id, StandardLayers.DENSE);
    }

    static int units(Project p, NodeId id) {
        return p.graph().node(id).params().getInt("units");
    }
}
