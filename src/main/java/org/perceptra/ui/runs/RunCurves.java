package org.perceptra.ui.runs;

import java.awt.Color;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.perceptra.project.RunRecord;
import org.perceptra.ui.live.chart.ChartStyle;
import org.perceptra.ui.live.chart.Palette;

/**
 * The overlay chart of the runs view: one colour per run, its training figure as a solid line and its validation
 * figure dashed, per epoch; a dotted vertical line where a run was changed while paused. Non-finite values
 * leave gaps (the runs' own loss charts marked them when they happened).
 */
final class RunCurves {
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
    private final XYPlot plot = ChartStyle.plot("epoch", "loss");
    private final JFreeChart chart;

    RunCurves() {
        plot.setDataset(data);
        plot.setRenderer(lines);
        lines.setAutoPopulateSeriesStroke(false);
        lines.setAutoPopulateSeriesShape(false);
        lines.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        chart = ChartStyle.chart(plot, true);
        TextTitle key = new TextTitle("solid: training   ·   dashed: validation   ·   dotted: changed while paused",
                ChartStyle.TICK_FONT);
        key.setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
        key.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.RIGHT);
        key.setPaint(Palette.AXIS_TEXT);
        chart.addSubtitle(key);
    }

    JFreeChart chart() {
        return chart;
    }

    /**
     * Shows {@code figure} ("loss", "accuracy"…) of these runs; {@code colourOf} gives each run's colour index so
     * that a run keeps its colour when others are shown or hidden.
     */
    void show(Collection<RunRecord> runs, String figure, java.util.function.ToIntFunction<RunRecord> colourOf) {
        chart.setNotify(false);
        try {
            data.removeAllSeries();
            plot.clearDomainMarkers();
            plot.getRangeAxis().setLabel(figure);
            for (RunRecord r : runs) {
                int colour = colourOf.applyAsInt(r);
                add(r, figure, "training", colour, false);
                add(r, "val_" + figure, "validation", colour, true);
                r.adjustments().forEach(a -> plot.addDomainMarker(marker(a, Palette.awt(colour))));
            }
        } finally {
            chart.setNotify(true);
        }
    }

    private void add(RunRecord r, String key, String part, int colour, boolean dashed) {
        // The legend shows training lines only, under the run's own name.
        XYSeries s = new XYSeries(dashed ? r.name() + " · " + part : r.name(), false, true);
        for (RunRecord.EpochFigures e : r.epochs()) {
            Double v = e.values().get(key);
            if (v != null) {
                s.add(e.epoch(), Double.isFinite(v) ? v : null);
            }
        }
        if (s.getItemCount() == 0) {
            return;
        }
        int i = data.getSeriesCount();
        data.addSeries(s);
        lines.setSeriesPaint(i, Palette.awt(colour));
        lines.setSeriesStroke(i, dashed ? ChartStyle.dashed(2f) : ChartStyle.stroke(2.2f));
        lines.setSeriesShapesVisible(i, r.epochs().size() <= 30);
        // One legend entry per run (its colour); the subtitle says which line style is which part.
        lines.setSeriesVisibleInLegend(i, !dashed);
    }

    private static ValueMarker marker(RunRecord.Adjustment a, Color colour) {
        ValueMarker m = new ValueMarker(a.epoch(), colour, new java.awt.BasicStroke(1.2f,
                java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 1f, new float[] {2f, 3f}, 0f));
        m.setLabel(a.description());
        m.setLabelFont(ChartStyle.TICK_FONT);
        m.setLabelPaint(colour);
        m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }

    /** How many lines are drawn (tests). */
    int seriesCount() {
        return data.getSeriesCount();
    }

    List<String> seriesNames() {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            out.add(String.valueOf(data.getSeriesKey(i)));
        }
        return out;
    }
}
