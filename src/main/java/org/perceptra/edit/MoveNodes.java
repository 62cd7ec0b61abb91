package org.perceptra.edit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.project.Project;

/**
 * Puts layers at new canvas positions. The canvas sends one of these when a drag ends, not one per mouse
 * event, so a whole drag is one undo step.
 */
public record MoveNodes(Map<NodeId, Position> positions) implements Edit {
    public MoveNodes {
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(positions, "positions")));
        positions.forEach((id, p) -> Objects.requireNonNull(p, "position of " + id));
    }

    public static MoveNodes one(NodeId id, Position to) {
        return new MoveNodes(Map.of(id, to));
    }

    @Override
    public String label() {
        return positions.size() == 1 ? "Move " + positions.keySet().iterator().next()
                : "Move " + positions.size() + " layers";
    }

    @Override
    public Project apply(Project current) {
        NetworkGraph graph = current.graph();
        for (Map.Entry<NodeId, Position> e : positions.entrySet()) {
            graph = graph.withNode(ExistingNode.in(graph, e.getKey()).at(e.getValue()));
        }
        return current.withGraph(graph);
    }
}
