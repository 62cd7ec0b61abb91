package org.perceptra.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.NetworkGraph;
import org.perceptra.project.AtomicFiles;

/**
 * The network as a picture: one Java2D drawing ({@link DiagramPainter}) rendered to pixels for a PNG or to
 * vector elements for an SVG. Needs no trained weights, only the graph, its positions and its analysis.
 */
public final class NetworkDiagram {
    /** PNGs are drawn at twice the canvas size: sharp in a printed report and on high-density screens. */
    public static final double PNG_SCALE = 2;

    private final DiagramLayout layout;

    private NetworkDiagram(DiagramLayout layout) {
        this.layout = layout;
    }

    /** @param title drawn above the network with its layer and parameter counts; null for the bare network */
    public static NetworkDiagram of(NetworkGraph graph, GraphAnalysis analysis, String title) {
        return new NetworkDiagram(DiagramLayout.of(graph, analysis, title));
    }

    /** Width in picture units (canvas units at 100 % zoom). */
    public int width() {
        return (int) layout.width;
    }

    public int height() {
        return (int) layout.height;
    }

    public BufferedImage image(double scale) {
        int w = (int) Math.ceil(layout.width * scale);
        int h = (int) Math.ceil(layout.height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            DiagramPainter.paint(g, layout);
        } finally {
            g.dispose();
        }
        return image;
    }

    public void writePng(Path target) throws IOException {
        BufferedImage image = image(PNG_SCALE);
        AtomicFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("this Java has no PNG writer");
            }
        });
    }

    /** A standalone SVG document (with the XML declaration). */
    public String svgDocument() {
        return graphics("diagram").getSVGDocument();
    }

    /**
     * An {@code <svg>} element for inlining into HTML, scaled to its container by its view box; {@code id} keeps
     * its clip paths apart from those of other SVGs on the same page.
     */
    public String svgElement(String id) {
        SVGGraphics2D g = graphics(id);
        return g.getSVGElement(id, true, new org.jfree.svg.ViewBox(0, 0, layout.width, layout.height), null, null);
    }

    public void writeSvg(Path target) throws IOException {
        AtomicFiles.writeText(target, svgDocument());
    }

    private SVGGraphics2D graphics(String id) {
        SVGGraphics2D g = SvgCanvas.create(layout.width, layout.height, id);
        DiagramPainter.paint(g, layout);
        return g;
    }
}
