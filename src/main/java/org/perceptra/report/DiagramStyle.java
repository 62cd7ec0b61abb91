package org.perceptra.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * Sizes, fonts and neutral colours of the diagram, chosen to match the canvas in its light theme (AtlantaFX
 * Primer Light) at 100 % zoom. Logical font names, so that a system with DejaVu (what Linux and CI have) draws
 * DejaVu and an SVG names the generic families a browser can substitute.
 */
final class DiagramStyle {
    static final double CARD_WIDTH = 176;
    static final double HEADER = 24;
    static final double PAD = 9;
    static final double NAME_LINE = 18;
    static final double SUMMARY_LINE = 15;
    static final double FOOTER = 24;
    static final double MARGIN = 28;
    static final double ARROW = 8;
    /** Characters per line of key parameters, as on the canvas. */
    static final int SUMMARY_CHARS = 24;

    static final Font KIND = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font SUMMARY = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font SHAPE = new Font(Font.MONOSPACED, Font.PLAIN, 11);
    static final Font COUNT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font WIRE = new Font(Font.MONOSPACED, Font.PLAIN, 10);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font BADGE = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    static final Color BACKGROUND = Color.WHITE;
    static final Color CARD = Color.WHITE;
    static final Color BORDER = new Color(0xD0D7DE);
    static final Color FG = new Color(0x24292F);
    static final Color FG_MUTED = new Color(0x57606A);
    static final Color FG_SUBTLE = new Color(0x6E7781);
    static final Color ACCENT = new Color(0x0969DA);

    /** Text is measured with the same (antialiased, fractional) context for every output, so layouts agree. */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private DiagramStyle() {
    }

    static double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, MEASURE).getWidth();
    }

    /** {@code text} shortened with an ellipsis until it fits {@code max}. */
    static String fit(String text, Font font, double max) {
        if (width(text, font) <= max) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && width(t + "…", font) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
