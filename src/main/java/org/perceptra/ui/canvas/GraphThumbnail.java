package org.perceptra.ui.canvas;

import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.ui.theme.FamilyColors;

/**
 * A small picture of a network for the welcome gallery: each layer a block in its family colour where the
 * canvas puts it, wires as curves, scaled to fit and centred on a transparent background (so it suits the
 * light and the dark theme). Drawn on the FX thread.
 */
public final class GraphThumbnail {
    private static final double CARD_WIDTH = 190;
    private static final double CARD_HEIGHT = 80;
    private static final Color WIRE = Color.gray(0.55);

    private GraphThumbnail() {
    }

    /** @throws IllegalArgumentException when the size is not positive */
    public static WritableImage render(NetworkGraph graph, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a thumbnail needs a positive size, not " + width + "x" + height);
        }
        Canvas canvas = new Canvas(width, height);
        if (!graph.isEmpty()) {
            draw(graph, canvas.getGraphicsContext2D(), width, height);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return canvas.snapshot(params, new WritableImage(width, height));
    }

    private static void draw(NetworkGraph graph, GraphicsContext g, int width, int height) {
        Bounds b = bounds(graph);
        double margin = Math.min(width, height) * 0.08;
        double scale = Math.min((width - 2 * margin) / b.getWidth(), (height - 2 * margin) / b.getHeight());
        double ox = (width - b.getWidth() * scale) / 2 - b.getMinX() * scale;
        double oy = (height - b.getHeight() * scale) / 2 - b.getMinY() * scale;
        g.setLineCap(StrokeLineCap.ROUND);
        g.setStroke(WIRE);
        g.setLineWidth(Math.max(1, 4 * scale));
        for (Connection c : graph.connections()) {
            LayerNode from = graph.node(c.from());
            LayerNode to = graph.node(c.to());
            double x1 = ox + (from.position().x() + CARD_WIDTH) * scale;
            double y1 = oy + (from.position().y() + CARD_HEIGHT / 2) * scale;
            double x2 = ox + to.position().x() * scale;
            double y2 = oy + (to.position().y() + CARD_HEIGHT / 2) * scale;
            double pull = Math.max(20 * scale, Math.abs(x2 - x1) / 2);
            g.beginPath();
            g.moveTo(x1, y1);
            g.bezierCurveTo(x1 + pull, y1, x2 - pull, y2, x2, y2);
            g.stroke();
        }
        double arc = Math.max(2, 16 * scale);
        for (LayerNode n : graph.nodes()) {
            g.setFill(FamilyColors.of(n.kind().family()));
            g.fillRoundRect(ox + n.position().x() * scale, oy + n.position().y() * scale,
                    CARD_WIDTH * scale, CARD_HEIGHT * scale, arc, arc);
        }
    }

    private static Bounds bounds(NetworkGraph graph) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (LayerNode n : graph.nodes()) {
            minX = Math.min(minX, n.position().x());
            minY = Math.min(minY, n.position().y());
            maxX = Math.max(maxX, n.position().x() + CARD_WIDTH);
            maxY = Math.max(maxY, n.position().y() + CARD_HEIGHT);
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
