package org.perceptra.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.perceptra.project.RunRecord;

/**
 * A run's curves as SVG, drawn by JFreeChart onto JFreeSVG: the loss by epoch (by step when the run has fewer
 * than two epochs) and the headline metric by epoch, training and validation in the chart palette's blue and
 * orange (Okabe-Ito, colour-blind safe).
 */
final class RunCurves {
    static final int WIDTH = 460;
    static final int HEIGHT = 300;
    /** Points per series: plenty for a printed page; min and max of each bucket are kept, so no peak is lost. */
    static final int MAX_POINTS = 2_000;
    private static final Color TRAIN = new Color(0x0072B2);
    private static final Color VALIDATION = new Color(0xE69F00);

    private RunCurves() {
    }

    /** The loss chart, or empty when the run recorded no loss at all. */
    static Optional<String> loss(RunRecord run, String id) {
        XYSeriesCollection data = new XYSeriesCollection();
        String x;
        if (run.epochs().size() >= 2) {
            data.addSeries(byEpoch(run, "loss", "training"));
            XYSeries val = byEpoch(run, "val_loss", "validation");
            if (!val.isEmpty()) {
                data.addSeries(val);
            }
            x = "epoch";
        } else if (run.stepLosses().length > 0) {
            data.addSeries(bySteps(run.stepLosses()));
            x = "step";
        } else {
            return Optional.empty();
        }
        return Optional.of(svg(chart("Loss", x, "loss", data), id));
    }

    /** The metric students read first: accuracy for classifiers, else mean absolute error, else the first one. */
    static Optional<String> headlineMetric(RunRecord run) {
        Set<String> names = new LinkedHashSet<>();
        run.epochs().forEach(e -> e.values().keySet().stream()
                .filter(k -> !k.startsWith("val_") && !k.equals("loss")).forEach(names::add));
        for (String preferred : List.of("accuracy", "mae", "r2")) {
            if (names.contains(preferred)) {
                return Optional.of(preferred);
            }
        }
        return names.stream().findFirst();
    }

    static Optional<String> metric(RunRecord run, String id) {
        Optional<String> name = headlineMetric(run);
        if (name.isEmpty() || run.epochs().isEmpty()) {
            return Optional.empty();
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(byEpoch(run, name.get(), "training"));
        XYSeries val = byEpoch(run, "val_" + name.get(), "validation");
        if (!val.isEmpty()) {
            data.addSeries(val);
        }
        String title = Character.toUpperCase(name.get().charAt(0)) + name.get().substring(1);
        return Optional.of(svg(chart(title, "epoch", name.get(), data), id));
    }

    private static XYSeries byEpoch(RunRecord run, String name, String label) {
        XYSeries s = new XYSeries(label, false, true);
        run.epochs().forEach(e -> e.get(name).filter(Double::isFinite).ifPresent(v -> s.add(e.epoch(), v)));
        return s;
    }

    /** Each bucket of steps becomes its lowest and its highest loss (NaN shown as a gap). */
    private static XYSeries bySteps(float[] losses) {
        XYSeries s = new XYSeries("training (each step)", false, true);
        int bucket = Math.max(1, (int) Math.ceil(losses.length / (MAX_POINTS / 2.0)));
        for (int start = 0; start < losses.length; start += bucket) {
            int end = Math.min(losses.length, start + bucket);
            List<Integer> keep = new ArrayList<>(List.of(start));
            int lo = start;
            int hi = start;
            for (int i = start; i < end; i++) {
                lo = losses[i] < losses[lo] ? i : lo;
                hi = losses[i] > losses[hi] ? i : hi;
            }
            keep.set(0, Math.min(lo, hi));
            if (lo != hi) {
                keep.add(Math.max(lo, hi));
            }
            keep.forEach(i -> s.add(i + 1, Float.isFinite(losses[i]) ? losses[i] : Double.NaN));
        }
        return s;
    }

    private static JFreeChart chart(String title, String x, String y, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL, true, false,
                false);
        StandardChartTheme theme = new StandardChartTheme("report");
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xE1E4E8));
        theme.setRangeGridlinePaint(new Color(0xE1E4E8));
        theme.setAxisLabelPaint(DiagramStyle.FG_MUTED);
        theme.setTickLabelPaint(DiagramStyle.FG_MUTED);
        theme.setTitlePaint(DiagramStyle.FG);
        theme.setLegendItemPaint(DiagramStyle.FG);
        theme.apply(chart);
        XYPlot plot = chart.getXYPlot();
        plot.setOutlineVisible(false);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, data.getItemCount(0) <= 20);
        r.setDrawSeriesLineAsPath(true); // one path per series, not one element per segment
        r.setDefaultStroke(new BasicStroke(2f));
        r.setAutoPopulateSeriesStroke(false);
        r.setSeriesPaint(0, TRAIN);
        r.setSeriesPaint(1, VALIDATION);
        plot.setRenderer(r);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    private static String svg(JFreeChart chart, String id) {
        SVGGraphics2D g = SvgCanvas.create(WIDTH, HEIGHT, id);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(id, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }
}
