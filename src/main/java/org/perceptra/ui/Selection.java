package org.perceptra.ui;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.perceptra.model.NodeId;

/**
 * The nodes the user has selected. Shared by the canvas, the inspector, the menus and the problems list, so
 * that all of them agree on what "the selection" is. UI-thread only. Not part of the document: selecting is
 * not an edit and is not undone.
 */
public final class Selection {
    private final ObservableSet<NodeId> nodes = FXCollections.observableSet(new LinkedHashSet<>());
    /** One wrapper for everyone: the wrapper holds its listeners on the real set weakly, so a fresh wrapper per
     *  call could be collected and silently stop notifying. */
    private final ObservableSet<NodeId> readOnly = FXCollections.unmodifiableObservableSet(nodes);

    /** Live view; listen to it for changes, change it only through the methods below. */
    public ObservableSet<NodeId> nodes() {
        return readOnly;
    }

    public Set<NodeId> snapshot() {
        return Set.copyOf(nodes);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public boolean contains(NodeId id) {
        return nodes.contains(id);
    }

    /** The one selected node, when exactly one is selected (what the inspector shows). */
    public java.util.Optional<NodeId> single() {
        return nodes.size() == 1 ? java.util.Optional.of(nodes.iterator().next()) : java.util.Optional.empty();
    }

    public void select(NodeId id) {
        if (nodes.size() == 1 && nodes.contains(id)) {
            return;
        }
        nodes.clear();
        nodes.add(id);
    }

    public void selectAll(Collection<NodeId> ids) {
        if (nodes.equals(Set.copyOf(ids))) {
            return;
        }
        nodes.clear();
        nodes.addAll(ids);
    }

    public void add(Collection<NodeId> ids) {
        nodes.addAll(ids);
    }

    public void toggle(NodeId id) {
        if (!nodes.remove(id)) {
            nodes.add(id);
        }
    }

    public void clear() {
        nodes.clear();
    }

    /** Drops ids that no longer exist, e.g. after undoing the edit that created them. */
    public void retainExisting(Set<NodeId> existing) {
        nodes.retainAll(existing);
    }
}
