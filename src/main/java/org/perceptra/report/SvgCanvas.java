package org.perceptra.report;

import java.awt.Font;
import org.jfree.svg.SVGGraphics2D;

/** JFreeSVG set up the same way for every picture of a report: fonts, ids and number precision. */
final class SvgCanvas {
    private SvgCanvas() {
    }

    /** @param id prefixes the clip-path ids, so that several SVGs inlined in one page do not share them */
    static SVGGraphics2D create(double width, double height, String id) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        g.setFontFunction(SvgCanvas::fontFamily);
        // A hundredth of a unit is far below a printed dot; full doubles made the charts three times larger.
        g.setGeomDoubleConverter(v -> Double.toString(Math.round(v * 100) / 100.0));
        g.setTransformDoubleConverter(v -> Double.toString(Math.round(v * 10_000) / 10_000.0));
        return g;
    }

    /**
     * The families text was measured with (DejaVu, what Linux has) first, then ones of similar width elsewhere,
     * then the generic family, so that labels keep fitting their cards in any browser. Double quotes: JFreeSVG
     * writes attributes in single ones.
     */
    static String fontFamily(String family) {
        if (Font.MONOSPACED.equals(family)) {
            return "\"DejaVu Sans Mono\", Menlo, Consolas, monospace";
        }
        return "\"DejaVu Sans\", Verdana, sans-serif";
    }
}
