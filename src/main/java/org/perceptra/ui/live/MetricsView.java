package org.perceptra.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.ui.live.chart.ChartStyle;
import org.perceptra.ui.live.chart.CsvExport;
import org.perceptra.ui.live.chart.EnvelopeSeries;
import org.perceptra.ui.live.chart.LeanCharts;
import org.perceptra.ui.live.chart.LiveXYDataset;
import org.perceptra.ui.live.chart.Palette;

/**
 * Each metric the engine reports at the end of an epoch, training solid and validation dashed in one colour:
 * scores (accuracy, F1, R²) on the left axis, errors (MAE, RMSE) on the right. Under it, the learning rate of
 * every step on the same epoch axis, so a schedule's drops line up with the curves they cause.
 */
public final class MetricsView extends ChartView {
    /** Metrics measured in the target's units rather than as a share: they get their own axis. */
    private static final Set<String> ERRORS = Set.of("mae", "rmse", "mse", "loss");

    private final XYPlot metricsPlot;
    private final LiveXYDataset scores = new LiveXYDataset();
    private final LiveXYDataset errors = new LiveXYDataset();
    private final XYLineAndShapeRenderer scoreLines = markers();
    private final XYLineAndShapeRenderer errorLines = markers();
    private final LiveXYDataset rates = new LiveXYDataset();
    private final EnvelopeSeries rate = rates.add(new EnvelopeSeries("learning rate", LossView.MAX_POINTS));
    private final Map<String, Integer> colourOf = new LinkedHashMap<>();
    private final ChartViewer viewer;
    private int batchesPerEpoch = 1;
    /** Figures of whole epochs and a learning rate that rarely moves: 2.5 redraws a second show them well. */
    static final long REDRAW_NANOS = 400_000_000L;

    public MetricsView() {
        this(new CombinedDomainXYPlot(ChartStyle.axis("epoch")), ChartStyle.plot("epoch", "score"),
                ChartStyle.plot("epoch", "learning rate"));
    }

    private MetricsView(CombinedDomainXYPlot combined, XYPlot metrics, XYPlot lr) {
        super(REDRAW_NANOS, ChartStyle.chart(combined, true));
        this.metricsPlot = metrics;
        combined.setGap(12);
        combined.setBackgroundPaint(java.awt.Color.WHITE);
        combined.setOutlineVisible(false);
        metrics.setDataset(0, scores);
        metrics.setRenderer(0, scoreLines);
        NumberAxis errorAxis = ChartStyle.axis("error");
        metrics.setRangeAxis(1, errorAxis);
        metrics.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        metrics.setDataset(1, errors);
        metrics.setRenderer(1, errorLines);
        metrics.mapDatasetToRangeAxis(1, 1);
        errorAxis.setVisible(false);
        XYLineAndShapeRenderer lrLine = ChartStyle.lines();
        lrLine.setSeriesPaint(0, Palette.awt(7));
        lrLine.setSeriesStroke(0, ChartStyle.stroke(1.5f));
        lr.setDataset(rates);
        lr.setRenderer(lrLine);
        ((NumberAxis) lr.getRangeAxis()).setAutoRangeIncludesZero(true);
        combined.add(metrics, 3);
        combined.add(lr, 1);
        viewer = viewer(charts().get(0));
        // The learning rate gets a quarter of the height: in a small dock its axis name ran into "score" above it.
        // Below this height the legend alone names it; a blank name keeps the space, so both axes stay aligned.
        viewer.heightProperty().addListener((o, was, now) -> {
            String label = labelsLearningRate(now.doubleValue()) ? "learning rate" : " ";
            if (!java.util.Objects.equals(label, lr.getRangeAxis().getLabel())) {
                redrawNow(() -> lr.getRangeAxis().setLabel(label));
            }
        });
    }

    /** Height of the chart (px) from which the learning rate's strip is tall enough for its axis name. */
    static final double LEARNING_RATE_LABEL_HEIGHT = 420;

    static boolean labelsLearningRate(double chartHeight) {
        return chartHeight >= LEARNING_RATE_LABEL_HEIGHT;
    }

    /** The learning rate axis's name as drawn now (blank when the strip is too short for it), for tests. */
    String learningRateAxisLabel() {
        return ((CombinedDomainXYPlot) charts().get(0).getXYPlot()).getSubplots().get(1).getRangeAxis().getLabel();
    }

    private static XYLineAndShapeRenderer markers() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setAutoPopulateSeriesShape(false);
        r.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        return r;
    }

    @Override
    public String title() {
        return "Metrics";
    }

    @Override
    public Node node() {
        return viewer;
    }

    @Override
    public Node tools() {
        return new Region();
    }

    @Override
    public void runPrepared(RunInfo run) {
        redrawOnce(() -> {
            scores.clear();
            errors.clear();
            rates.clear();
        });
    }

    @Override
    public void apply(List<TrainingEvent> events) {
        boolean changed = false;
        for (TrainingEvent e : events) {
            changed |= e instanceof TrainingEvent.RunStarted || e instanceof TrainingEvent.Iterations
                    || e instanceof TrainingEvent.EpochEnded;
        }
        if (changed) {
            redrawOnce(() -> events.forEach(this::record));
        }
    }

    private void record(TrainingEvent e) {
        if (e instanceof TrainingEvent.RunStarted s) {
            batchesPerEpoch = Math.max(1, s.batchesPerEpoch());
        } else if (e instanceof TrainingEvent.Iterations it) {
            float[] lrs = it.learningRates();
            for (int i = 0; i < lrs.length; i++) {
                rate.add((it.firstIteration() + i) / (double) batchesPerEpoch, lrs[i]);
            }
        } else if (e instanceof TrainingEvent.EpochEnded end) {
            end.trainMetrics().forEach((k, v) -> {
                if (SHOWN.contains(k)) {
                    series(k, false).add(end.epoch() + 1, v);
                }
            });
            end.validationMetrics().forEach((k, v) -> {
                if (SHOWN.contains(k)) {
                    series(k, true).add(end.epoch() + 1, v);
                }
            });
        }
    }

    /** The envelopes are worked out only for the frames that show them. */
    @Override
    void beforeRedraw() {
        scores.refresh();
        errors.refresh();
        rates.refresh();
        LeanCharts.markPointsWhileFew(scoreLines, scores);
        LeanCharts.markPointsWhileFew(errorLines, errors);
    }

    /**
     * The headline figures a student follows while it trains; the rest (precision, recall, F1, AUC, log-loss,
     * RMSE) would bury them in a legend of sixteen lines, and are in the evaluation report instead.
     */
    static final java.util.Set<String> SHOWN = java.util.Set.of("accuracy", "mae", "r2");

    /** The series of one metric, made on first sight so that any key the engine reports shows up. */
    private EnvelopeSeries series(String metric, boolean validation) {
        String name = label(metric) + (validation ? " (validation)" : " (training)");
        boolean error = ERRORS.contains(metric.toLowerCase(Locale.ROOT));
        LiveXYDataset target = error ? errors : scores;
        for (EnvelopeSeries s : target.all()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        int colour = colourOf.computeIfAbsent(metric, k -> colourOf.size());
        XYLineAndShapeRenderer r = error ? errorLines : scoreLines;
        int index = target.getSeriesCount();
        r.setSeriesPaint(index, Palette.awt(colour));
        r.setSeriesStroke(index, validation ? ChartStyle.dashed(2f) : ChartStyle.stroke(2f));
        if (error) {
            metricsPlot.getRangeAxis(1).setVisible(true);
        }
        return target.add(new EnvelopeSeries(name, LossView.MAX_POINTS));
    }

    static String label(String metric) {
        return switch (metric.toLowerCase(Locale.ROOT)) {
            case "accuracy" -> "accuracy";
            case "f1" -> "F1";
            case "mae" -> "MAE";
            case "rmse" -> "RMSE";
            case "mse" -> "MSE";
            case "r2" -> "R²";
            default -> metric;
        };
    }

    /** Names of the metric series drawn so far, for tests. */
    /** The learning rate of the last step shown, or NaN before the first. */
    public double lastLearningRate() {
        return rate.size() == 0 ? Double.NaN : rate.y(rate.size() - 1);
    }

    public List<String> seriesNames() {
        List<String> names = new ArrayList<>();
        scores.all().forEach(s -> names.add(s.name()));
        errors.all().forEach(s -> names.add(s.name()));
        return names;
    }

    @Override
    public void exportCsv(Path file) throws IOException {
        List<EnvelopeSeries> all = new ArrayList<>(scores.all());
        all.addAll(errors.all());
        all.add(rate);
        CsvExport.writeSeries(file, "epoch", all);
    }
}
