package org.perceptra.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * Faint grid lines behind the graph, drawn at screen scale for the visible area only (one path, a few dozen
 * segments), so that panning costs the same on any graph. Lines are {@link GraphCanvas#GRID} canvas units
 * apart, or five times that when zoomed out so far that they would crowd.
 */
final class GridBackground extends Pane {
    private static final double MIN_SCREEN_GAP = 12;

    private final Path lines = new Path();

    GridBackground() {
        setMouseTransparent(true);
        lines.getStyleClass().add(CanvasStyles.GRID);
        lines.setManaged(false);
        getChildren().add(lines);
    }

    void redraw(Viewport viewport, double width, double height) {
        double step = GraphCanvas.GRID * viewport.zoom();
        if (step < MIN_SCREEN_GAP) {
            step *= 5;
        }
        if (step < MIN_SCREEN_GAP || width <= 0 || height <= 0) {
            lines.getElements().clear();
            return;
        }
        List<PathElement> elements = new ArrayList<>();
        // Half-pixel offsets keep one-pixel lines crisp instead of smeared over two pixels.
        for (double x = mod(viewport.offsetX(), step); x < width; x += step) {
            double px = Math.floor(x) + 0.5;
            elements.add(new MoveTo(px, 0));
            elements.add(new LineTo(px, height));
        }
        for (double y = mod(viewport.offsetY(), step); y < height; y += step) {
            double py = Math.floor(y) + 0.5;
            elements.add(new MoveTo(0, py));
            elements.add(new LineTo(width, py));
        }
        lines.getElements().setAll(elements);
    }

    private static double mod(double a, double m) {
        double r = a % m;
        return r < 0 ? r + m : r;
    }
}
