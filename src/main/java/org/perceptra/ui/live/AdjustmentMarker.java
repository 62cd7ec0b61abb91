package org.perceptra.ui.live;

import java.awt.BasicStroke;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.ui.live.chart.ChartStyle;
import org.perceptra.ui.live.chart.Palette;

/**
 * A dotted line between the last step before a change made while paused and the first step after it, labelled
 * with the change ("learning rate 0.01 → 0.001"), in a calm colour: a change is news, not an error.
 */
final class AdjustmentMarker {
    private AdjustmentMarker() {
    }

    static ValueMarker of(TrainingEvent.Adjusted a) {
        ValueMarker m = new ValueMarker(a.iteration() + 0.5, Palette.awt(3), new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2f, 3f}, 0f));
        m.setLabel(a.describe());
        m.setLabelFont(ChartStyle.LABEL_FONT);
        m.setLabelPaint(Palette.awt(3));
        m.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }
}
