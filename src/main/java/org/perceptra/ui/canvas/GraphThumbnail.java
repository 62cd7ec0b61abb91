package org.perceptra.ui.canvas;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.ui.theme.FamilyColors;

/**
 * PLACEHOLDER with the agreed signature, so the shell's gallery compiles and shows something; the canvas
 * branch replaces it with the real thumbnail. FX thread only.
 */
public final class GraphThumbnail {
    private static final double NODE_W = 150;
    private static final double NODE_H = 64;

    private GraphThumbnail() {
    }

    public static WritableImage render(NetworkGraph graph, int width, int height) {
        Canvas canvas = new Canvas(width, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (!graph.isEmpty()) {
            draw(graph, g, width, height);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return canvas.snapshot(params, null);
    }

    private static void draw(NetworkGraph graph, GraphicsContext g, int width, int height) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (LayerNode n : graph.nodes()) {
            minX = Math.min(minX, n.position().x());
            minY = Math.min(minY, n.position().y());
            maxX = Math.max(maxX, n.position().x() + NODE_W);
            maxY = Math.max(maxY, n.position().y() + NODE_H);
        }
        double margin = 10;
        double scale = Math.min((width - 2 * margin) / (maxX - minX), (height - 2 * margin) / (maxY - minY));
        scale = Math.min(scale, 0.5);
        double ox = (width - (maxX - minX) * scale) / 2 - minX * scale;
        double oy = (height - (maxY - minY) * scale) / 2 - minY * scale;
        g.setLineWidth(Math.max(1, 2 * scale));
        g.setStroke(Color.gray(0.55, 0.8));
        for (Connection c : graph.connections()) {
            LayerNode a = graph.node(c.from());
            LayerNode b = graph.node(c.to());
            double x1 = ox + (a.position().x() + NODE_W) * scale, y1 = oy + (a.position().y() + NODE_H / 2) * scale;
            double x2 = ox + b.position().x() * scale, y2 = oy + (b.position().y() + NODE_H / 2) * scale;
            double bend = Math.max(12, (x2 - x1) / 2);
            g.beginPath();
            g.moveTo(x1, y1);
            g.bezierCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
            g.stroke();
        }
        double arc = 14 * scale;
        for (LayerNode n : graph.nodes()) {
            double x = ox + n.position().x() * scale, y = oy + n.position().y() * scale;
            g.setFill(FamilyColors.of(n.kind().family()));
            g.fillRoundRect(x, y, NODE_W * scale, NODE_H * scale, arc, arc);
        }
    }
}
