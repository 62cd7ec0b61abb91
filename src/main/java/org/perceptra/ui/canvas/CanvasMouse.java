package org.perceptra.ui.canvas;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.perceptra.model.NodeId;

/**
 * Decides on each press which gesture starts, from what is under the mouse: a port starts a wire, a layer
 * selects and moves, a wire selects, the background pans (or, with Shift or Ctrl, draws a marquee). With
 * space held, or with the middle button, any drag pans. The wheel zooms around the cursor.
 */
final class CanvasMouse {
    private static final double WHEEL_ZOOM_PER_PIXEL = 1.0025;

    private final GraphCanvas canvas;
    private CanvasGesture gesture;
    private boolean panMode;

    CanvasMouse(GraphCanvas canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (gesture != null) {
                gesture.drag(e);
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (gesture != null) {
                CanvasGesture done = gesture;
                gesture = null;
                done.release(e);
                e.consume();
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** Space held: the next drag pans whatever it starts on. */
    void setPanMode(boolean on) {
        panMode = on;
        canvas.setCursor(on ? javafx.scene.Cursor.OPEN_HAND : javafx.scene.Cursor.DEFAULT);
    }

    /** Escape: drops the gesture under way, if any. Returns whether there was one. */
    boolean cancel() {
        if (gesture == null) {
            return false;
        }
        gesture.cancel();
        gesture = null;
        return true;
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        cancel();
        if (panMode || e.getButton() == MouseButton.MIDDLE) {
            gesture = new PanGesture(canvas, e, false);
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Node hit = e.getPickResult().getIntersectedNode();
        PortView port = find(hit, PortView.class);
        NodeView node = find(hit, NodeView.class);
        NodeSketch sketch = find(hit, NodeSketch.class);
        WireView wire = find(hit, WireView.class);
        if (port != null && port.isVisible()) {
            gesture = new WireGesture(canvas, port, e);
        } else if (node != null || sketch != null) {
            gesture = pressOnNode(node != null ? node.id() : sketch.id(), e);
        } else if (wire != null) {
            canvas.selectWire(wire.connection());
        } else if (e.isShiftDown() || e.isShortcutDown()) {
            gesture = new MarqueeGesture(canvas, e);
        } else {
            gesture = new PanGesture(canvas, e, true);
        }
        e.consume();
    }

    /** Click selects; Shift- or Ctrl-click adds or removes; pressing a selected layer drags all selected ones. */
    private CanvasGesture pressOnNode(NodeId node, MouseEvent e) {
        if (e.isShiftDown() || e.isShortcutDown()) {
            canvas.selectWire(null);
            canvas.selection().toggle(node);
            if (!canvas.selection().contains(node)) {
                return null;
            }
        } else if (!canvas.selection().contains(node)) {
            canvas.select(node);
        }
        return new MoveGesture(canvas, node, e);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        canvas.viewTouched();
        double factor = Math.pow(WHEEL_ZOOM_PER_PIXEL, e.getDeltaY());
        canvas.viewport().zoomAt(canvas.viewport().zoom() * factor, e.getX(), e.getY());
        e.consume();
    }

    private <T> T find(Node hit, Class<T> type) {
        for (Node n = hit; n != null && n != canvas; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }
}
