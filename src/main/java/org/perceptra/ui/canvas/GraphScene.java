package org.perceptra.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import org.perceptra.model.Connection;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeAnalysis;
import org.perceptra.model.NodeId;

/**
 * The node and wire views of one graph, kept in step with the document incrementally: views are matched to
 * the graph by node id and by connection, created or removed only where the graph changed, and a wire is
 * re-routed only when one of its ends moved or resized. A 500-node graph therefore costs one pass of cheap
 * comparisons per edit rather than a rebuild.
 */
final class GraphScene {
    private final Group wires = new Group();
    private final Group nodes = new Group();
    private final Map<NodeId, NodeView> nodeViews = new LinkedHashMap<>();
    private final Map<Connection, WireView> wireViews = new HashMap<>();
    private boolean detailed = true;

    Group wireLayer() {
        return wires;
    }

    Group nodeLayer() {
        return nodes;
    }

    NodeView view(NodeId id) {
        return nodeViews.get(id);
    }

    Collection<NodeView> nodeViews() {
        return nodeViews.values();
    }

    WireView wire(Connection c) {
        return wireViews.get(c);
    }

    Collection<WireView> wireViews() {
        return wireViews.values();
    }

    /** Brings the views in line with {@code graph}. */
    void update(NetworkGraph graph, GraphAnalysis analysis) {
        Map<NodeId, List<Diagnostic>> problems = byNode(analysis);
        Set<NodeId> moved = new HashSet<>();
        removeNodesNotIn(graph);
        List<NodeView> added = new ArrayList<>();
        for (LayerNode node : graph.nodes()) {
            NodeView view = nodeViews.get(node.id());
            if (view == null) {
                view = new NodeView(node);
                view.setDetailed(detailed);
                nodeViews.put(node.id(), view);
                added.add(view);
                NodeView created = view;
                // Text measured after CSS can change a card's height: keep its wires on the ports.
                view.layoutBoundsProperty().addListener((o, a, b) -> rerouteAround(created.id()));
            }
            NodeAnalysis nodeAnalysis = analysis.node(node.id()).orElse(null);
            if (view.show(node, nodeAnalysis, problems.getOrDefault(node.id(), List.of()))) {
                moved.add(node.id());
            }
        }
        nodes.getChildren().addAll(added);
        updateWires(graph, analysis, moved);
    }

    private void removeNodesNotIn(NetworkGraph graph) {
        List<NodeView> gone = new ArrayList<>();
        nodeViews.values().removeIf(v -> {
            boolean missing = !graph.contains(v.id());
            if (missing) {
                gone.add(v);
            }
            return missing;
        });
        nodes.getChildren().removeAll(gone);
    }

    private void updateWires(NetworkGraph graph, GraphAnalysis analysis, Set<NodeId> moved) {
        Set<Connection> present = new HashSet<>(graph.connections());
        List<WireView> gone = new ArrayList<>();
        wireViews.values().removeIf(w -> {
            boolean missing = !present.contains(w.connection());
            if (missing) {
                gone.add(w);
            }
            return missing;
        });
        wires.getChildren().removeAll(gone);
        List<WireView> added = new ArrayList<>();
        for (Connection c : graph.connections()) {
            WireView wire = wireViews.get(c);
            boolean fresh = wire == null;
            if (fresh) {
                wire = new WireView(c);
                wire.setLabelled(detailed);
                wireViews.put(c, wire);
                added.add(wire);
            }
            if (fresh || moved.contains(c.from()) || moved.contains(c.to())) {
                route(wire);
            }
            wire.showShape(analysis.node(c.from()).map(NodeAnalysis::output).orElse(null));
        }
        wires.getChildren().addAll(added);
    }

    private void rerouteAround(NodeId id) {
        for (WireView w : wireViews.values()) {
            if (w.connection().touches(id)) {
                route(w);
            }
        }
    }

    private void route(WireView wire) {
        NodeView from = nodeViews.get(wire.connection().from());
        NodeView to = nodeViews.get(wire.connection().to());
        if (from != null && to != null) {
            wire.route(from.outPoint(), to.inPoint());
        }
    }

    /** Moves node views during a drag, without touching the document; wires follow. */
    void previewMove(Map<NodeId, Point2D> positions) {
        positions.forEach((id, p) -> {
            NodeView v = nodeViews.get(id);
            if (v != null) {
                v.relocate(p.getX(), p.getY());
            }
        });
        for (WireView w : wireViews.values()) {
            if (positions.containsKey(w.connection().from()) || positions.containsKey(w.connection().to())) {
                route(w);
            }
        }
    }

    /** Far out, text is unreadable and costs drawing time: show only the coloured cards and the curves. */
    void setDetailed(boolean detail) {
        if (detail == detailed) {
            return;
        }
        detailed = detail;
        nodeViews.values().forEach(v -> v.setDetailed(detail));
        wireViews.values().forEach(w -> w.setLabelled(detail));
    }

    /** The union of all node cards, in canvas units, or null when there are none. */
    Bounds contentBounds() {
        return nodeViews.isEmpty() ? null : nodes.getBoundsInParent();
    }

    /** The node whose card (ports included) contains the canvas point, topmost first. */
    NodeView nodeAt(Point2D canvasPoint, double slack) {
        List<javafx.scene.Node> children = nodes.getChildren();
        for (int i = children.size() - 1; i >= 0; i--) {
            NodeView v = (NodeView) children.get(i);
            Bounds b = v.getBoundsInParent();
            if (canvasPoint.getX() >= b.getMinX() - slack && canvasPoint.getX() <= b.getMaxX() + slack
                    && canvasPoint.getY() >= b.getMinY() - slack && canvasPoint.getY() <= b.getMaxY() + slack) {
                return v;
            }
        }
        return null;
    }

    private static Map<NodeId, List<Diagnostic>> byNode(GraphAnalysis analysis) {
        Map<NodeId, List<Diagnostic>> out = new HashMap<>();
        for (Diagnostic d : analysis.diagnostics()) {
            if (d.node() != null) {
                out.computeIfAbsent(d.node(), k -> new ArrayList<>()).add(d);
            }
        }
        return out;
    }
}
