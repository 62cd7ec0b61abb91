package org.perceptra.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;

/**
 * Adds copies of layers with fresh ids, moved by an offset so they do not hide the originals, together with
 * the wires that ran between them. Wires to layers outside the copied set are left behind: the paste lands
 * as a separate piece the student then wires in. Fresh ids are chosen when applied, against the project it
 * is pasted into, so pasting twice gives two distinct sets.
 */
public record PasteNodes(List<LayerNode> nodes, List<Connection> wires, double dx, double dy) implements Edit {
    public PasteNodes {
        nodes = List.copyOf(nodes);
        Set<NodeId> copied = new HashSet<>();
        nodes.forEach(n -> copied.add(n.id()));
        // Keep only wires inside the selection, whatever the clipboard holds.
        wires = Objects.requireNonNull(wires, "wires").stream()
                .filter(w -> copied.contains(w.from()) && copied.contains(w.to())).toList();
    }

    /** What Copy puts on the clipboard: the selected layers in graph order and the wires among them. */
    public static PasteNodes copyOf(NetworkGraph source, Collection<NodeId> selection, double dx, double dy) {
        Set<NodeId> selected = Set.copyOf(selection);
        List<LayerNode> picked = source.nodes().stream().filter(n -> selected.contains(n.id())).toList();
        return new PasteNodes(picked, source.connections(), dx, dy);
    }

    @Override
    public String label() {
        return nodes.size() == 1 ? "Paste " + nodes.get(0).id() : "Paste " + nodes.size() + " layers";
    }

    @Override
    public Project apply(Project current) {
        Map<NodeId, NodeId> ids = newIds(current.graph());
        List<Edit> steps = new ArrayList<>();
        for (LayerNode n : nodes) {
            steps.add(new AddNode(copy(n, ids.get(n.id()))));
        }
        for (Connection w : wires) {
            steps.add(new Connect(ids.get(w.from()), ids.get(w.to())));
        }
        return new CompositeEdit(label(), steps).apply(current);
    }

    /**
     * The id each copied layer gets when pasted into {@code target}, so the canvas can select the pasted layers.
     * Ids continue the kind's numbering (dense_3, dense_4) and never collide with each other.
     */
    public Map<NodeId, NodeId> newIds(NetworkGraph target) {
        Map<NodeId, NodeId> ids = new LinkedHashMap<>();
        NetworkGraph growing = target;
        for (LayerNode n : nodes) {
            NodeId fresh = growing.freshId(n.kind().namePrefix());
            ids.put(n.id(), fresh);
            growing = growing.withNode(relabel(n, fresh));
        }
        return ids;
    }

    private LayerNode copy(LayerNode original, NodeId fresh) {
        return relabel(original, fresh).at(original.position().plus(dx, dy));
    }

    /** A name the student chose stays; a default name (equal to the old id) follows the new id. */
    private static LayerNode relabel(LayerNode n, NodeId fresh) {
        String name = n.name().equals(n.id().value()) ? fresh.value() : n.name();
        return new LayerNode(fresh, name, n.kind(), n.params(), n.position(), n.frozen());
    }
}
