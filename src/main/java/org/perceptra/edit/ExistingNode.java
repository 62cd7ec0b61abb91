package org.perceptra.edit;

import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;

/**
 * Looks a node up for an edit. A missing node is a refusal, not a bug: the canvas may still show a node that
 * another edit (or an undo) has just taken away.
 */
final class ExistingNode {
    private ExistingNode() {
    }

    static LayerNode in(NetworkGraph graph, NodeId id) {
        return graph.find(id).orElseThrow(() -> new EditRefusedException("There is no layer " + id + " in the network"));
    }
}
