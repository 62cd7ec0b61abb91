package org.perceptra.ui.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Which part of the (unbounded) canvas is on screen: a zoom factor and an offset, applied as two transforms
 * to the content group. Panning and zooming change only these transforms, never the nodes, which is what
 * keeps them smooth on large graphs.
 */
final class Viewport {
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 3.0;
    static final double STEP = 1.2;

    private final Translate offset = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0) {
        @Override
        public void set(double v) {
            super.set(clamp(v));
        }
    };

    Viewport(Node content) {
        content.getTransforms().setAll(offset, scale);
        zoom.addListener((o, a, b) -> {
            scale.setX(b.doubleValue());
            scale.setY(b.doubleValue());
        });
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    double zoom() {
        return zoom.get();
    }

    /** A point of the canvas region (its local coordinates) in canvas units. */
    Point2D toCanvas(double localX, double localY) {
        return new Point2D((localX - offset.getX()) / zoom(), (localY - offset.getY()) / zoom());
    }

    Point2D toLocal(double canvasX, double canvasY) {
        return new Point2D(canvasX * zoom() + offset.getX(), canvasY * zoom() + offset.getY());
    }

    void panBy(double dx, double dy) {
        offset.setX(offset.getX() + dx);
        offset.setY(offset.getY() + dy);
    }

    /** Zooms keeping the canvas point under {@code (localX, localY)} where it is: the cursor for the wheel. */
    void zoomAt(double newZoom, double localX, double localY) {
        Point2D anchor = toCanvas(localX, localY);
        zoom.set(newZoom);
        offset.setX(localX - anchor.getX() * zoom());
        offset.setY(localY - anchor.getY() * zoom());
    }

    /** Shows {@code content} (canvas units) whole and centred in a view of the given size, never above 100 %. */
    void fit(Bounds content, double viewWidth, double viewHeight, double margin) {
        double zx = (viewWidth - 2 * margin) / Math.max(1, content.getWidth());
        double zy = (viewHeight - 2 * margin) / Math.max(1, content.getHeight());
        zoom.set(Math.min(1.0, Math.min(zx, zy)));
        centreOn(content.getCenterX(), content.getCenterY(), viewWidth, viewHeight);
    }

    /**
     * Like {@link #fit}, but never below {@code readable}: a network too long to show whole at a size whose text
     * can be read is shown from its first column (inputs on the left) instead, and the student pans along it.
     */
    void frame(Bounds content, double viewWidth, double viewHeight, double margin, double readable) {
        fit(content, viewWidth, viewHeight, margin);
        if (zoom() >= readable) {
            return;
        }
        zoom.set(readable);
        offset.setX(margin - content.getMinX() * zoom());
        double height = content.getHeight() * zoom();
        offset.setY(height + 2 * margin <= viewHeight
                ? viewHeight / 2 - content.getCenterY() * zoom()
                : margin - content.getMinY() * zoom());
    }

    void centreOn(double canvasX, double canvasY, double viewWidth, double viewHeight) {
        offset.setX(viewWidth / 2 - canvasX * zoom());
        offset.setY(viewHeight / 2 - canvasY * zoom());
    }

    double offsetX() {
        return offset.getX();
    }

    double offsetY() {
        return offset.getY();
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, v)) : 1.0;
    }
}
