package org.perceptra.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.Node;
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
 * re-routed only when one of its ends moved or resized.
 *
 * <p>Only what is near the visible area is in the scene graph: JavaFX walks every attached node on every
 * frame (bounds, culling), so a 500-layer network would cost the same per frame whether one card or all of
 * them were on screen. Zoomed far out, each layer is drawn as a plain coloured {@link NodeSketch} instead of
 * a full card. Geometry (hit tests, marquee, fitting) comes from the positions and measured card sizes, so
 * it works for layers that are not attached.
 */
final class GraphScene {
    /** Size of a card never laid out yet: roughly the CSS size; replaced by the first measured one. */
    private static final Dimension2D FALLBACK_SIZE = new Dimension2D(190, 100);

    private final Group wires = new Group();
    private final Group nodes = new Group();
    private final Map<NodeId, NodeView> nodeViews = new LinkedHashMap<>();
    private final Map<NodeId, NodeSketch> sketches = new HashMap<>();
    private final Map<NodeId, LayerNode> shown = new LinkedHashMap<>();
    private final Map<NodeId, Dimension2D> sizes = new HashMap<>();
    private final Map<NodeId, Double> portYs = new HashMap<>();
    private double typicalPortY = NodeView.DEFAULT_PORT_Y;
    private final Map<Connection, WireView> wireViews = new LinkedHashMap<>();
    private Map<NodeId, List<HealthBadge>> health = Map.of();
    private final Map<NodeId, List<WireView>> wiresByNode = new HashMap<>();
    private Dimension2D typicalSize = FALLBACK_SIZE;
    private Bounds visible;
    private boolean detailed = true;
    private boolean zooming;

    Group wireLayer() {
        return wires;
    }

    Group nodeLayer() {
        return nodes;
    }

    NodeView view(NodeId id) {
        return nodeViews.get(id);
    }

    WireView wire(Connection c) {
        return wireViews.get(c);
    }

    Collection<WireView> wireViews() {
        return wireViews.values();
    }

    /** Shows these health notes from a training run on their layers' cards, and none on the others. */
    void setHealth(List<HealthBadge> badges) {
        Map<NodeId, List<HealthBadge>> byNode = new LinkedHashMap<>();
        badges.forEach(b -> byNode.computeIfAbsent(b.node(), k -> new ArrayList<>()).add(b));
        health = byNode;
        nodeViews.forEach((id, view) -> view.showHealth(byNode.getOrDefault(id, List.of())));
    }

    /** The health tooltip text of a layer's card, "" when it has no badge (tests). */
    String healthText(NodeId id) {
        NodeView v = nodeViews.get(id);
        return v == null ? "" : v.healthText();
    }

    /** Brings the views in line with {@code graph}. */
    void update(NetworkGraph graph, GraphAnalysis analysis) {
        Map<NodeId, List<Diagnostic>> problems = byNode(analysis);
        Set<NodeId> moved = new HashSet<>();
        removeNodesNotIn(graph);
        for (LayerNode node : graph.nodes()) {
            NodeView view = nodeViews.get(node.id());
            if (view == null) {
                view = create(node);
            }
            NodeAnalysis nodeAnalysis = analysis.node(node.id()).orElse(null);
            List<Diagnostic> own = problems.getOrDefault(node.id(), List.of());
            if (view.show(node, nodeAnalysis, own)) {
                moved.add(node.id());
            }
            sketches.get(node.id()).show(node, own, size(node.id()));
            shown.put(node.id(), node);
        }
        updateWires(graph, analysis, moved);
        cull();
    }

    private NodeView create(LayerNode node) {
        NodeView view = new NodeView(node);
        view.setCacheHint(zooming ? CacheHint.SCALE : CacheHint.DEFAULT);
        view.showHealth(health.getOrDefault(node.id(), List.of()));
        nodeViews.put(node.id(), view);
        sketches.put(node.id(), new NodeSketch(node.id()));
        // Text measured after CSS sets a card's real size: remember it and keep the wires on the ports.
        view.layoutBoundsProperty().addListener((o, a, b) -> measured(view, b));
        return view;
    }

    private void measured(NodeView view, Bounds b) {
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        Dimension2D size = new Dimension2D(view.getWidth(), view.getHeight());
        if (size.getWidth() <= 0) {
            return;
        }
        sizes.put(view.id(), size);
        portYs.put(view.id(), view.portY());
        if (typicalSize == FALLBACK_SIZE) {
            typicalSize = size;
            typicalPortY = view.portY();
        }
        NodeSketch sketch = sketches.get(view.id());
        if (sketch != null) {
            sketch.resize(size);
        }
        rerouteAround(view.id());
    }

    private void removeNodesNotIn(NetworkGraph graph) {
        List<NodeId> gone = shown.keySet().stream().filter(id -> !graph.contains(id)).toList();
        Set<Node> detach = new HashSet<>();
        for (NodeId id : gone) {
            detach.add(nodeViews.remove(id));
            detach.add(sketches.remove(id));
            shown.remove(id);
            sizes.remove(id);
            portYs.remove(id);
        }
        if (!detach.isEmpty()) {
            nodes.getChildren().removeAll(detach);
        }
    }

    private void updateWires(NetworkGraph graph, GraphAnalysis analysis, Set<NodeId> moved) {
        Set<Connection> present = new HashSet<>(graph.connections());
        Set<Node> detach = new HashSet<>();
        wireViews.values().removeIf(w -> {
            boolean missing = !present.contains(w.connection());
            if (missing) {
                detach.add(w);
            }
            return missing;
        });
        if (!detach.isEmpty()) {
            wires.getChildren().removeAll(detach);
        }
        wiresByNode.clear();
        for (Connection c : graph.connections()) {
            WireView wire = wireViews.get(c);
            boolean fresh = wire == null;
            if (fresh) {
                wire = new WireView(c);
                wire.setLabelled(detailed);
                wireViews.put(c, wire);
            }
            wiresByNode.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(wire);
            wiresByNode.computeIfAbsent(c.to(), k -> new ArrayList<>()).add(wire);
            if (fresh || moved.contains(c.from()) || moved.contains(c.to())) {
                route(wire);
            }
            wire.showShape(analysis.node(c.from()).map(NodeAnalysis::output).orElse(null));
        }
    }

    private void rerouteAround(NodeId id) {
        for (WireView w : wiresByNode.getOrDefault(id, List.of())) {
            route(w);
        }
    }

    private void route(WireView wire) {
        Connection c = wire.connection();
        if (shown.containsKey(c.from()) && shown.containsKey(c.to())) {
            wire.route(outPoint(c.from()), inPoint(c.to()));
        }
    }

    /** Moves layers during a drag, without touching the document; wires follow. */
    void previewMove(Map<NodeId, Point2D> positions) {
        Set<WireView> touched = new HashSet<>();
        positions.forEach((id, p) -> {
            LayerNode node = shown.get(id);
            if (node != null) {
                shown.put(id, node.at(p.getX(), p.getY()));
                nodeViews.get(id).relocate(p.getX(), p.getY());
                sketches.get(id).moveTo(p.getX(), p.getY());
                touched.addAll(wiresByNode.getOrDefault(id, List.of()));
            }
        });
        touched.forEach(this::route);
        cull();
    }

    void setSelected(NodeId id, boolean selected) {
        NodeView v = nodeViews.get(id);
        if (v != null) {
            v.setSelected(selected);
            sketches.get(id).setSelected(selected);
        }
    }

    // ---- what is visible ----

    /** The visible area in canvas units and whether cards show their text; attaches what is near it. */
    void setView(Bounds visibleArea, boolean detail) {
        visible = visibleArea;
        if (detail != detailed) {
            detailed = detail;
            wireViews.values().forEach(w -> w.setLabelled(detail));
        }
        cull();
    }

    /**
     * While the zoom changes, cached cards are scaled as bitmaps (a little soft) instead of being re-drawn at
     * every step; when it settles they are drawn sharp again.
     */
    void setZooming(boolean on) {
        if (on == zooming) {
            return;
        }
        zooming = on;
        CacheHint hint = on ? CacheHint.SCALE : CacheHint.DEFAULT;
        for (Node n : nodes.getChildren()) {
            if (n instanceof NodeView v) {
                v.setCacheHint(hint);
            }
        }
    }

    /**
     * Shows the views near the visible area and hides those well away from it. A view enters the scene graph
     * the first time it comes near and then stays, hidden or shown: re-adding a node would make JavaFX style
     * it again from scratch, which costs far more than a hidden node does. Two margins, so that a card at the
     * edge does not flicker while panning.
     */
    private void cull() {
        if (visible == null) {
            return;
        }
        double reach = Math.max(visible.getWidth(), visible.getHeight());
        Bounds near = grow(visible, reach * 0.25);
        Bounds far = grow(visible, reach * 0.6);
        List<Node> attach = new ArrayList<>();
        for (NodeId id : shown.keySet()) {
            Bounds r = rect(id);
            Node wanted = detailed ? nodeViews.get(id) : sketches.get(id);
            Node other = detailed ? sketches.get(id) : nodeViews.get(id);
            other.setVisible(false);
            show(wanted, r.intersects(near), r.intersects(far), attach);
        }
        if (!attach.isEmpty()) {
            nodes.getChildren().addAll(attach);
        }
        List<Node> attachWires = new ArrayList<>();
        for (WireView w : wireViews.values()) {
            Bounds span = span(w.connection());
            if (span != null) {
                show(w, span.intersects(near), span.intersects(far), attachWires);
            }
        }
        if (!attachWires.isEmpty()) {
            wires.getChildren().addAll(attachWires);
        }
    }

    private void show(Node view, boolean near, boolean notFar, List<Node> attach) {
        if (view.getParent() == null) {
            if (near) {
                view.setVisible(true);
                if (zooming && view instanceof NodeView) {
                    view.setCacheHint(CacheHint.SCALE);
                }
                attach.add(view);
            }
        } else if (near) {
            view.setVisible(true);
        } else if (!notFar) {
            view.setVisible(false);
        }
    }

    // ---- geometry in canvas units, for attached and detached layers alike ----

    Dimension2D size(NodeId id) {
        return sizes.getOrDefault(id, typicalSize);
    }

    Dimension2D largestSize() {
        double w = typicalSize.getWidth();
        double h = typicalSize.getHeight();
        for (Dimension2D d : sizes.values()) {
            w = Math.max(w, d.getWidth());
            h = Math.max(h, d.getHeight());
        }
        return new Dimension2D(w, h);
    }

    /** The card of a layer, ports excluded. */
    Bounds rect(NodeId id) {
        LayerNode n = shown.get(id);
        Dimension2D s = size(id);
        return new BoundingBox(n.position().x(), n.position().y(), s.getWidth(), s.getHeight());
    }

    Point2D outPoint(NodeId id) {
        Bounds r = rect(id);
        return new Point2D(r.getMaxX(), r.getMinY() + portYs.getOrDefault(id, typicalPortY));
    }

    Point2D inPoint(NodeId id) {
        Bounds r = rect(id);
        return new Point2D(r.getMinX(), r.getMinY() + portYs.getOrDefault(id, typicalPortY));
    }

    Collection<NodeId> ids() {
        return shown.keySet();
    }

    /** The union of all cards, or null when there are none. */
    Bounds contentBounds() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodeId id : shown.keySet()) {
            Bounds r = rect(id);
            minX = Math.min(minX, r.getMinX());
            minY = Math.min(minY, r.getMinY());
            maxX = Math.max(maxX, r.getMaxX());
            maxY = Math.max(maxY, r.getMaxY());
        }
        return shown.isEmpty() ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** The layer whose card (grown by {@code slack}) contains the point; the last drawn wins. */
    NodeId nodeAt(Point2D p, double slack) {
        NodeId hit = null;
        for (NodeId id : shown.keySet()) {
            if (grow(rect(id), slack).contains(p)) {
                hit = id;
            }
        }
        return hit;
    }

    private Bounds span(Connection c) {
        if (!shown.containsKey(c.from()) || !shown.containsKey(c.to())) {
            return null;
        }
        Point2D a = outPoint(c.from());
        Point2D b = inPoint(c.to());
        double pull = Math.max(40, Math.abs(b.getX() - a.getX()) * 0.5);
        return new BoundingBox(Math.min(a.getX(), b.getX() - pull), Math.min(a.getY(), b.getY()),
                Math.abs(b.getX() - a.getX()) + 2 * pull, Math.abs(b.getY() - a.getY()) + 1);
    }

    private static Bounds grow(Bounds b, double by) {
        return new BoundingBox(b.getMinX() - by, b.getMinY() - by, b.getWidth() + 2 * by, b.getHeight() + 2 * by);
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
