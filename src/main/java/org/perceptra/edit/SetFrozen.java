package org.perceptra.edit;

import java.util.List;
import java.util.Objects;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;

/**
 * Freezes layers (training leaves their weights as they are) or lets them train again. One undo step for the
 * whole selection, so that freezing a network's body is one step as well.
 */
public record SetFrozen(List<NodeId> nodes, boolean frozen) implements Edit {
    public SetFrozen {
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("no layers to freeze or unfreeze");
        }
    }

    public static SetFrozen one(NodeId node, boolean frozen) {
        return new SetFrozen(List.of(node), frozen);
    }

    @Override
    public String label() {
        String what = nodes.size() == 1 ? nodes.get(0).value() : nodes.size() + " layers";
        return (frozen ? "Freeze " : "Unfreeze ") + what;
    }

    @Override
    public Project apply(Project current) {
        NetworkGraph graph = current.graph();
        for (NodeId id : nodes) {
            graph = graph.withNode(ExistingNode.in(graph, id).withFrozen(frozen));
        }
        return current.withGraph(graph);
    }
}
