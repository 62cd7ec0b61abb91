package org.perceptra.edit;

import java.util.Objects;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;

/** Changes a layer's display name; its id, and so every wire, stays. */
public record RenameNode(NodeId node, String newName) implements Edit {
    public RenameNode {
        Objects.requireNonNull(node, "node");
        newName = newName == null ? "" : newName.trim();
    }

    @Override
    public String label() {
        return "Rename " + node + " to " + newName;
    }

    @Override
    public Project apply(Project current) {
        LayerNode target = ExistingNode.in(current.graph(), node);
        if (newName.isEmpty()) {
            // LayerNode would quietly fall back to the id; a student who cleared the field should hear why nothing changed.
            throw new EditRefusedException("A layer needs a name; " + target.name() + " keeps its name");
        }
        return current.withGraph(current.graph().withNode(target.withName(newName)));
    }
}
