package org.perceptra.edit;

import java.util.Objects;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;

/**
 * Adds a layer and wires it after an existing one, in one undo step: what a double-click in the palette does
 * with a layer selected. A composite of {@link AddNode} and {@link Connect}, so it refuses exactly what they
 * refuse (and then adds nothing).
 */
public record AddConnected(NodeId after, LayerNode node) implements Edit {
    public AddConnected {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(node, "node");
    }

    /**
     * A new layer of {@code kind} with default parameters and the next free id (dense_3), placed at
     * {@code after}'s position moved by ({@code dx}, {@code dy}).
     */
    public static AddConnected newLayer(NetworkGraph graph, LayerKind kind, NodeId after, double dx, double dy) {
        NodeId id = graph.freshId(kind.namePrefix());
        LayerNode anchor = ExistingNode.in(graph, after);
        LayerNode node = new LayerNode(id, id.value(), kind, kind.defaults(), anchor.position().plus(dx, dy));
        return new AddConnected(after, node);
    }

    @Override
    public String label() {
        return "Add " + node.kind().displayName() + " " + node.id() + " after " + after;
    }

    @Override
    public Project apply(Project current) {
        return CompositeEdit.of(label(), new AddNode(node), new Connect(after, node.id())).apply(current);
    }
}
