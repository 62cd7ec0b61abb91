package org.perceptra.edit;

import java.util.Objects;
import org.perceptra.model.LayerNode;
import org.perceptra.project.Project;

/** Adds one layer to the network, unwired. */
public record AddNode(LayerNode node) implements Edit {
    public AddNode {
        Objects.requireNonNull(node, "node");
    }

    @Override
    public String label() {
        return "Add " + node.kind().displayName() + " " + node.id();
    }

    @Override
    public Project apply(Project current) {
        if (current.graph().contains(node.id())) {
            // NetworkGraph.withNode would silently replace the existing node; a new layer must never do that.
            throw new EditRefusedException("There is already a layer with the id " + node.id());
        }
        return current.withGraph(current.graph().withNode(node));
    }
}
