package org.perceptra.ui.canvas;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.perceptra.model.NodeId;

/**
 * Shift- or Ctrl-dragging the background draws a selection rectangle; every layer it touches is selected,
 * live while dragging, added to what was selected before the drag.
 */
final class MarqueeGesture implements CanvasGesture {
    private final GraphCanvas canvas;
    private final Rectangle box = new Rectangle();
    private final Set<NodeId> before;
    private final double startX;
    private final double startY;

    MarqueeGesture(GraphCanvas canvas, MouseEvent press) {
        this.canvas = canvas;
        this.before = canvas.selection().snapshot();
        this.startX = press.getX();
        this.startY = press.getY();
        box.getStyleClass().add(CanvasStyles.MARQUEE);
        box.setMouseTransparent(true);
        canvas.hud().getChildren().add(box);
        drag(press);
    }

    @Override
    public void drag(MouseEvent e) {
        box.setX(Math.min(startX, e.getX()));
        box.setY(Math.min(startY, e.getY()));
        box.setWidth(Math.abs(e.getX() - startX));
        box.setHeight(Math.abs(e.getY() - startY));
        Set<NodeId> picked = new LinkedHashSet<>(before);
        Bounds area = inCanvasUnits();
        for (NodeId id : canvas.graphScene().ids()) {
            if (canvas.graphScene().rect(id).intersects(area)) {
                picked.add(id);
            }
        }
        canvas.selection().selectAll(picked);
    }

    private Bounds inCanvasUnits() {
        Point2D a = canvas.viewport().toCanvas(box.getX(), box.getY());
        Point2D b = canvas.viewport().toCanvas(box.getX() + box.getWidth(), box.getY() + box.getHeight());
        return new BoundingBox(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    @Override
    public void release(MouseEvent e) {
        canvas.hud().getChildren().remove(box);
    }

    @Override
    public void cancel() {
        canvas.hud().getChildren().remove(box);
        canvas.selection().selectAll(before);
    }
}
