package org.perceptra.ui.live;

import java.awt.Font;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.perceptra.ui.live.chart.ChartStyle;
import org.perceptra.ui.live.chart.Palette;

/**
 * Red vertical markers where a value was NaN or infinite, labelled in words. A run of bad values shares one
 * marker, and at most {@link #MAX} are drawn (a chart full of red lines says nothing more).
 */
final class NaNMarkers {
    static final int MAX = 12;

    private final XYPlot plot;
    private int count;
    private double lastAt = Double.NEGATIVE_INFINITY;
    private ValueMarker last;

    NaNMarkers(XYPlot plot) {
        this.plot = plot;
    }

    void mark(double x, String words) {
        if (last != null && x - lastAt <= 1) {
            if (!last.getLabel().contains(words)) {
                last.setLabel(last.getLabel() + ": " + words);
            }
            lastAt = x;
            return;
        }
        if (count >= MAX) {
            return;
        }
        lastAt = x;
        count++;
        ValueMarker m = new ValueMarker(x, Palette.ERROR, ChartStyle.dashed(1.5f));
        m.setLabel(words);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        m.setLabelPaint(Palette.ERROR);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(0, m, Layer.FOREGROUND);
        last = m;
    }

    void clear() {
        plot.clearDomainMarkers();
        count = 0;
        last = null;
        lastAt = Double.NEGATIVE_INFINITY;
    }

    int count() {
        return count;
    }
}
