package org.perceptra.ui.canvas;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import org.perceptra.edit.MoveNodes;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;

/**
 * Dragging selected layers. The views follow the mouse without touching the document; the release sends one
 * {@link MoveNodes}, so a whole drag is one undo step. With grid snapping the grabbed layer lands on the grid
 * and the others keep their distance to it.
 */
final class MoveGesture implements CanvasGesture {
    private static final double CLICK_SLOP = 2;

    private final GraphCanvas canvas;
    private final NodeId grabbed;
    private final Point2D anchor;
    private final Map<NodeId, Point2D> start = new LinkedHashMap<>();
    private Map<NodeId, Point2D> current = Map.of();

    MoveGesture(GraphCanvas canvas, NodeId grabbed, MouseEvent press) {
        this.canvas = canvas;
        this.grabbed = grabbed;
        this.anchor = canvas.viewport().toCanvas(press.getX(), press.getY());
        for (NodeId id : canvas.selection().snapshot()) {
            canvas.graph().find(id).ifPresent(n -> start.put(id, new Point2D(n.position().x(), n.position().y())));
        }
    }

    @Override
    public void drag(MouseEvent e) {
        Point2D p = canvas.viewport().toCanvas(e.getX(), e.getY());
        double dx = p.getX() - anchor.getX();
        double dy = p.getY() - anchor.getY();
        if (current.isEmpty() && Math.hypot(dx, dy) * canvas.viewport().zoom() < CLICK_SLOP) {
            return;
        }
        Point2D lead = start.get(grabbed);
        if (lead != null && canvas.isGridSnap()) {
            dx = canvas.snap(lead.getX() + dx) - lead.getX();
            dy = canvas.snap(lead.getY() + dy) - lead.getY();
        }
        Map<NodeId, Point2D> next = new LinkedHashMap<>();
        for (Map.Entry<NodeId, Point2D> s : start.entrySet()) {
            next.put(s.getKey(), s.getValue().add(dx, dy));
        }
        current = next;
        canvas.graphScene().previewMove(current);
    }

    @Override
    public void release(MouseEvent e) {
        if (current.isEmpty() || current.equals(start)) {
            return;
        }
        Map<NodeId, Position> to = new LinkedHashMap<>();
        current.forEach((id, p) -> to.put(id, new Position(p.getX(), p.getY())));
        if (!canvas.run(new MoveNodes(to))) {
            cancel();
        }
    }

    @Override
    public void cancel() {
        if (!current.isEmpty()) {
            canvas.graphScene().previewMove(start);
        }
    }
}
