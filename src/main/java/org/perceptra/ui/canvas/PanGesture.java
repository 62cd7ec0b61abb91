package org.perceptra.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * Dragging the background (or anything, with space held) moves the view. A press and release without moving
 * on the background is a click that clears the selection.
 */
final class PanGesture implements CanvasGesture {
    private static final double CLICK_SLOP = 3;

    private final GraphCanvas canvas;
    private final boolean clearsOnClick;
    private final double startX;
    private final double startY;
    private double lastX;
    private double lastY;
    private boolean moved;

    PanGesture(GraphCanvas canvas, MouseEvent press, boolean clearsOnClick) {
        this.canvas = canvas;
        this.clearsOnClick = clearsOnClick;
        this.startX = press.getX();
        this.startY = press.getY();
        this.lastX = press.getX();
        this.lastY = press.getY();
        canvas.setCursor(Cursor.CLOSED_HAND);
    }

    @Override
    public void drag(MouseEvent e) {
        canvas.viewTouched();
        moved |= Math.abs(e.getX() - startX) > CLICK_SLOP || Math.abs(e.getY() - startY) > CLICK_SLOP;
        canvas.viewport().panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    public void release(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        if (!moved && clearsOnClick) {
            canvas.clearSelection();
        }
    }

    @Override
    public void cancel() {
        canvas.setCursor(Cursor.DEFAULT);
    }
}
