package org.perceptra.model;

import org.perceptra.model.layers.StandardLayers;

/**
 * The two node roles the whole-graph checks care about. Kinds are compared by id rather than by instance so
 * that a node whose kind came from another catalogue (a test's, a loaded plug-in's) still counts.
 */
final class Roles {
    private static final String INPUT = StandardLayers.INPUT.id();
    private static final String OUTPUT = StandardLayers.OUTPUT.id();

    private Roles() {
    }

    static boolean isInput(LayerNode node) {
        return node.kind().id().equals(INPUT);
    }

    static boolean isOutput(LayerNode node) {
        return node.kind().id().equals(OUTPUT);
    }

    /** How a node is named to the student: the name shown on the canvas. */
    static String label(NetworkGraph graph, NodeId id) {
        return graph.find(id).map(LayerNode::name).orElse(id.value());
    }
}
