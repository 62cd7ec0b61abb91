package org.perceptra.report;

import static org.perceptra.report.DiagramStyle.ARROW;
import static org.perceptra.report.DiagramStyle.CARD_WIDTH;
import static org.perceptra.report.DiagramStyle.HEADER;
import static org.perceptra.report.DiagramStyle.NAME_LINE;
import static org.perceptra.report.DiagramStyle.PAD;
import static org.perceptra.report.DiagramStyle.SUMMARY_LINE;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.perceptra.model.Severity;

/**
 * Paints a {@link DiagramLayout} as the canvas shows it: a card per layer with a header in its family's colour
 * (kind and problem badge), name, key parameters, output shape and parameter count; wires as curves with an
 * arrow and a pill naming the shape they carry (dashed when it is unknown). Knows only Graphics2D, so the same
 * strokes become PNG pixels or SVG elements.
 */
final class DiagramPainter {
    private static final BasicStroke WIRE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke BROKEN = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6f, 5f}, 0f);
    private static final BasicStroke THIN = new BasicStroke(1f);
    private static final BasicStroke PROBLEM = new BasicStroke(2f);

    private DiagramPainter() {
    }

    static void paint(Graphics2D g, DiagramLayout layout) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(DiagramStyle.BACKGROUND);
        g.fill(new Rectangle2D.Double(0, 0, layout.width, layout.height));
        if (layout.title != null) {
            text(g, layout.title, DiagramStyle.TITLE, DiagramStyle.FG, DiagramStyle.MARGIN, DiagramStyle.MARGIN + 14);
            text(g, layout.subtitle, DiagramStyle.SUBTITLE, DiagramStyle.FG_MUTED, DiagramStyle.MARGIN,
                    DiagramStyle.MARGIN + 33);
        }
        if (layout.cards.isEmpty()) {
            double y = DiagramStyle.MARGIN + (layout.title == null ? 0 : DiagramLayout.TITLE_BLOCK) + 14;
            text(g, "The network is empty.", DiagramStyle.SUBTITLE, DiagramStyle.FG_MUTED, DiagramStyle.MARGIN, y);
        }
        layout.wires.forEach(w -> wire(g, w));
        layout.cards.forEach(c -> card(g, c));
        layout.wires.forEach(w -> wireLabel(g, w));
    }

    private static void wire(Graphics2D g, DiagramLayout.Wire w) {
        Point2D from = w.from().out();
        Point2D to = w.to().in();
        g.setColor(DiagramStyle.FG_SUBTLE);
        g.setStroke(w.broken() ? BROKEN : WIRE);
        g.draw(curve(from, to));
        Path2D arrow = new Path2D.Double();
        double end = to.getX() - ARROW;
        arrow.moveTo(end, to.getY() - ARROW / 1.6);
        arrow.lineTo(to.getX(), to.getY());
        arrow.lineTo(end, to.getY() + ARROW / 1.6);
        arrow.closePath();
        g.fill(arrow);
    }

    /** The canvas's curve: horizontal tangents at both ports, pulled by half the distance (at least 40). */
    private static CubicCurve2D curve(Point2D from, Point2D to) {
        double end = to.getX() - ARROW;
        double pull = Math.max(40, Math.abs(end - from.getX()) * 0.5);
        return new CubicCurve2D.Double(from.getX(), from.getY(), from.getX() + pull, from.getY(), end - pull,
                to.getY(), end, to.getY());
    }

    /**
     * A pill in the middle of a wire long enough to hold it (as the canvas); on a short straight wire the shape
     * is written small above it instead; on a wire too short for either, the card's footer already shows it.
     */
    private static void wireLabel(Graphics2D g, DiagramLayout.Wire w) {
        CubicCurve2D c = curve(w.from().out(), w.to().in());
        double chord = Math.hypot(c.getX2() - c.getX1(), c.getY2() - c.getY1());
        double textWidth = DiagramStyle.width(w.label(), DiagramStyle.WIRE);
        double mx = (c.getX1() + 3 * c.getCtrlX1() + 3 * c.getCtrlX2() + c.getX2()) / 8;
        double my = (c.getY1() + 3 * c.getCtrlY1() + 3 * c.getCtrlY2() + c.getY2()) / 8;
        if (chord <= textWidth + 36) {
            boolean straight = Math.abs(c.getY2() - c.getY1()) < 1;
            if (straight && chord >= textWidth + 10) {
                text(g, w.label(), DiagramStyle.WIRE, DiagramStyle.FG_MUTED, mx - textWidth / 2, my - 6);
            }
            return;
        }
        Shape pill = new RoundRectangle2D.Double(mx - textWidth / 2 - 6, my - 8, textWidth + 12, 16, 10, 10);
        g.setColor(DiagramStyle.CARD);
        g.fill(pill);
        g.setColor(DiagramStyle.BORDER);
        g.setStroke(THIN);
        g.draw(pill);
        text(g, w.label(), DiagramStyle.WIRE, DiagramStyle.FG_MUTED, mx - textWidth / 2, my + 3.5);
    }

    private static void card(Graphics2D g, DiagramLayout.Card c) {
        RoundRectangle2D outline = new RoundRectangle2D.Double(c.x(), c.y(), CARD_WIDTH, c.height(), 14, 14);
        g.setColor(DiagramStyle.CARD);
        g.fill(outline);
        Shape clip = g.getClip();
        g.clip(outline);
        g.setColor(FamilyPalette.of(c.node().kind().family()));
        g.fill(new Rectangle2D.Double(c.x(), c.y(), CARD_WIDTH, HEADER));
        g.setClip(clip);
        g.setColor(c.problem() == Severity.ERROR ? FamilyPalette.ERROR
                : c.problem() == Severity.WARNING ? FamilyPalette.WARNING : DiagramStyle.BORDER);
        g.setStroke(c.problem() == null ? THIN : PROBLEM);
        g.draw(outline);
        text(g, c.kind(), DiagramStyle.KIND, FamilyPalette.textOn(c.node().kind().family()), c.x() + PAD,
                c.y() + 16.5);
        if (c.problem() != null) {
            badge(g, c.problem(), c.x() + CARD_WIDTH - PAD - 8, c.y() + HEADER / 2);
        }
        double y = c.y() + HEADER + 6 + 13.5;
        text(g, c.name(), DiagramStyle.NAME, DiagramStyle.FG, c.x() + PAD, y);
        for (String line : c.summary()) {
            y += SUMMARY_LINE;
            text(g, line, DiagramStyle.SUMMARY, DiagramStyle.FG_MUTED, c.x() + PAD, y);
        }
        double footer = c.y() + c.height() - 9;
        text(g, c.shape(), DiagramStyle.SHAPE, DiagramStyle.ACCENT, c.x() + PAD, footer);
        double shapeEnd = c.x() + PAD + DiagramStyle.width(c.shape(), DiagramStyle.SHAPE) + 8;
        String count = DiagramStyle.fit(c.count(), DiagramStyle.COUNT, c.x() + CARD_WIDTH - PAD - shapeEnd);
        text(g, count, DiagramStyle.COUNT, DiagramStyle.FG_SUBTLE,
                c.x() + CARD_WIDTH - PAD - DiagramStyle.width(count, DiagramStyle.COUNT), footer);
        ports(g, c);
    }

    private static void ports(Graphics2D g, DiagramLayout.Card c) {
        g.setStroke(PROBLEM);
        if (c.takesInputs()) {
            Ellipse2D in = new Ellipse2D.Double(c.x() - 5, c.portY() - 5, 10, 10);
            g.setColor(DiagramStyle.CARD);
            g.fill(in);
            g.setColor(DiagramStyle.FG_MUTED);
            g.draw(in);
        }
        if (c.givesOutput()) {
            Ellipse2D out = new Ellipse2D.Double(c.x() + CARD_WIDTH - 5, c.portY() - 5, 10, 10);
            g.setColor(DiagramStyle.FG_MUTED);
            g.fill(out);
            g.draw(out);
        }
    }

    /** A red disc or an amber triangle with "!" on a white disc: readable on every family colour, not by hue alone. */
    private static void badge(Graphics2D g, Severity severity, double cx, double cy) {
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(cx - 9, cy - 9, 18, 18));
        Shape mark;
        if (severity == Severity.ERROR) {
            mark = new Ellipse2D.Double(cx - 7, cy - 7, 14, 14);
        } else {
            Path2D t = new Path2D.Double();
            t.moveTo(cx, cy - 7);
            t.lineTo(cx + 7.5, cy + 6);
            t.lineTo(cx - 7.5, cy + 6);
            t.closePath();
            mark = t;
        }
        g.setColor(severity == Severity.ERROR ? FamilyPalette.ERROR : FamilyPalette.WARNING);
        g.fill(mark);
        double w = DiagramStyle.width("!", DiagramStyle.BADGE);
        text(g, "!", DiagramStyle.BADGE, severity == Severity.ERROR ? Color.WHITE : Color.BLACK, cx - w / 2,
                cy + (severity == Severity.ERROR ? 4 : 5));
    }

    private static void text(Graphics2D g, String s, Font font, Color color, double x, double baseline) {
        if (s == null || s.isEmpty()) {
            return;
        }
        g.setFont(font);
        g.setColor(color);
        g.drawString(s, (float) x, (float) baseline);
    }
}
