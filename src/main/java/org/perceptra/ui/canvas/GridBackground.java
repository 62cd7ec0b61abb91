package org.perceptra.ui.canvas;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * Faint grid lines behind the graph, drawn at screen scale for the visible area only, so that panning costs
 * the same on any graph. Each line is a one-pixel filled rectangle (a fill at whole pixels is a plain copy
 * in software rendering, where a stroked path would be anti-aliased line by line), reused from frame to
 * frame. Lines are {@link GraphCanvas#GRID} canvas units apart, or five times that when zoomed far out.
 */
final class GridBackground extends Pane {
    private static final double MIN_SCREEN_GAP = 24;

    GridBackground() {
        setMouseTransparent(true);
    }

    void redraw(Viewport viewport, double width, double height) {
        double step = GraphCanvas.GRID * viewport.zoom();
        if (step < MIN_SCREEN_GAP) {
            step *= 5;
        }
        int used = 0;
        if (step >= MIN_SCREEN_GAP && width > 0 && height > 0) {
            for (double x = mod(viewport.offsetX(), step); x < width; x += step) {
                line(used++, Math.floor(x), 0, 1, height);
            }
            for (double y = mod(viewport.offsetY(), step); y < height; y += step) {
                line(used++, 0, Math.floor(y), width, 1);
            }
        }
        javafx.collections.ObservableList<Node> lines = getChildren();
        if (lines.size() > used) {
            lines.remove(used, lines.size());
        }
    }

    private void line(int index, double x, double y, double w, double h) {
        Rectangle r;
        if (index < getChildren().size()) {
            r = (Rectangle) getChildren().get(index);
        } else {
            r = new Rectangle();
            r.getStyleClass().add(CanvasStyles.GRID);
            r.setManaged(false);
            getChildren().add(r);
        }
        r.setX(x);
        r.setY(y);
        r.setWidth(w);
        r.setHeight(h);
    }

    private static double mod(double a, double m) {
        double r = a % m;
        return r < 0 ? r + m : r;
    }
}
