package org.perceptra.edit;

import java.util.Objects;
import org.perceptra.model.Connection;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;

/** Removes one wire; the layers stay. */
public record Disconnect(NodeId from, NodeId to) implements Edit {
    public Disconnect {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String label() {
        return "Disconnect " + from + " from " + to;
    }

    @Override
    public Project apply(Project current) {
        NetworkGraph graph = current.graph();
        String source = ExistingNode.in(graph, from).name();
        String target = ExistingNode.in(graph, to).name();
        if (!graph.isConnected(from, to)) {
            throw new EditRefusedException(source + " is not wired to " + target);
        }
        return current.withGraph(graph.withoutConnection(new Connection(from, to)));
    }
}
