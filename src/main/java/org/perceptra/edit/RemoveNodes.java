package org.perceptra.edit;

import java.util.Objects;
import java.util.Set;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;

/**
 * Deletes layers together with every wire touching them, in one undo step, so that undo brings back the
 * layers and their wires at once.
 */
public record RemoveNodes(Set<NodeId> nodes) implements Edit {
    public RemoveNodes {
        nodes = Set.copyOf(Objects.requireNonNull(nodes, "nodes"));
    }

    public static RemoveNodes of(NodeId... ids) {
        return new RemoveNodes(Set.of(ids));
    }

    @Override
    public String label() {
        return nodes.size() == 1 ? "Delete " + nodes.iterator().next() : "Delete " + nodes.size() + " layers";
    }

    @Override
    public Project apply(Project current) {
        NetworkGraph graph = current.graph();
        nodes.forEach(id -> ExistingNode.in(graph, id));
        return current.withGraph(graph.withoutNodes(nodes));
    }
}
