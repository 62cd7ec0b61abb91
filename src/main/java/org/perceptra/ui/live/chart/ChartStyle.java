package org.perceptra.ui.live.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** One calm look for every live chart: white plot, faint grid, no chart border, legend under the plot. */
public final class ChartStyle {
    public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    public static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ChartStyle() {
    }

    public static XYPlot plot(String xLabel, String yLabel) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(axis(xLabel));
        plot.setRangeAxis(axis(yLabel));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(6, 4, 4, 12));
        return plot;
    }

    public static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        styleAxis(axis);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    public static void styleAxis(ValueAxis axis) {
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelPaint(Palette.AXIS_TEXT);
        axis.setLabelPaint(Palette.AXIS_TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
    }

    public static JFreeChart chart(XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setFrame(BlockBorder.NONE);
            l.setItemFont(LABEL_FONT);
            l.setItemPaint(Palette.AXIS_TEXT);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setBackgroundPaint(Color.WHITE);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        return chart;
    }

    /** Lines without point shapes, one width and colour per series. */
    public static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        return r;
    }

    public static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f);
    }
}
