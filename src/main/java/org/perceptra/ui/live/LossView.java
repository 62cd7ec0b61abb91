package org.perceptra.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
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
 * Training loss of every step (faint), its exponential moving average (the smoothing slider, as TensorBoard has
 * it), and validation loss at the end of each epoch. A loss that is NaN or infinite leaves a gap and a red
 * marker saying which it was.
 */
public final class LossView extends ChartView {
    static final int MAX_POINTS = 2000;
    /** The faint per-step line and its smoothed twin: about one bucket per pixel column of a wide plot. */
    static final int STEP_POINTS = 1200;
    /**
     * The loss is what a student watches: it redraws with every delivery of events (20 a second), so that a step
     * reaches the screen within 100 ms. The other views redraw less often.
     */
    static final long REDRAW_NANOS = 0;

    private final LiveXYDataset steps = new LiveXYDataset();
    private final EnvelopeSeries raw = steps.add(new EnvelopeSeries("training (each step)", STEP_POINTS));
    private final EnvelopeSeries smooth = steps.add(new EnvelopeSeries("training (smoothed)", STEP_POINTS));
    private final LiveXYDataset epochs = new LiveXYDataset();
    private final EnvelopeSeries validation = epochs.add(new EnvelopeSeries("validation (each epoch)", MAX_POINTS));
    private final XYPlot plot;
    private final ChartViewer viewer;
    private final NaNMarkers markers;
    private final Slider smoothing = new Slider(0, 0.99, 0.6);
    private final CheckBox logScale = new CheckBox("Log scale");
    private final HBox tools;
    private final EmaSmoother ema = new EmaSmoother();
    private int adjustments;

    public LossView() {
        this(ChartStyle.plot("step", "loss"));
    }

    private LossView(XYPlot plot) {
        super(REDRAW_NANOS, ChartStyle.chart(plot, true));
        this.plot = plot;
        XYLineAndShapeRenderer stepLines = ChartStyle.lines();
        stepLines.setSeriesPaint(0, Palette.awt(0, 0.28));
        stepLines.setSeriesStroke(0, ChartStyle.stroke(1f));
        stepLines.setSeriesPaint(1, Palette.awt(0));
        stepLines.setSeriesStroke(1, ChartStyle.stroke(2.2f));
        plot.setDataset(0, steps);
        plot.setRenderer(0, stepLines);
        XYLineAndShapeRenderer epochLines = new XYLineAndShapeRenderer(true, true);
        epochLines.setSeriesPaint(0, Palette.awt(1));
        epochLines.setSeriesStroke(0, ChartStyle.stroke(2f));
        epochLines.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        plot.setDataset(1, epochs);
        plot.setRenderer(1, epochLines);
        markers = new NaNMarkers(plot);
        viewer = viewer(charts().get(0));
        smoothing.setPrefWidth(80);
        smoothing.setMinWidth(40);
        logScale.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        smoothing.valueProperty().addListener((o, was, now) -> resmooth());
        logScale.selectedProperty().addListener((o, was, now) -> useLogScale(now));
        Label smoothingLabel = new Label("Smoothing");
        smoothingLabel.getStyleClass().add("view-tool-label");
        smoothingLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tools = new HBox(10, logScale, smoothingLabel, smoothing);
        tools.setAlignment(Pos.CENTER_LEFT);
        smoothing.setId("loss-smoothing");
        logScale.setId("loss-log-scale");
    }

    @Override
    public String title() {
        return "Loss";
    }

    @Override
    public Node node() {
        return viewer;
    }

    @Override
    public Node tools() {
        return tools;
    }

    @Override
    public void runPrepared(RunInfo run) {
        redrawOnce(() -> {
            steps.clear();
            epochs.clear();
            markers.clear();
            adjustments = 0;
            ema.reset(smoothing.getValue());
        });
    }

    @Override
    public void apply(List<TrainingEvent> events) {
        boolean changed = false;
        for (TrainingEvent e : events) {
            changed |= e instanceof TrainingEvent.Iterations || e instanceof TrainingEvent.RunFailed
                    || e instanceof TrainingEvent.Adjusted
                    || e instanceof TrainingEvent.EpochEnded end && !Double.isNaN(end.validationLoss());
        }
        if (changed) {
            redrawOnce(() -> events.forEach(this::record)); // markers too, silently
        }
    }

    private void record(TrainingEvent e) {
        if (e instanceof TrainingEvent.Iterations it) {
            float[] losses = it.losses();
            for (int i = 0; i < losses.length; i++) {
                addStep(it.firstIteration() + i, losses[i]);
            }
        } else if (e instanceof TrainingEvent.EpochEnded end && !Double.isNaN(end.validationLoss())) {
            validation.add(end.iteration(), end.validationLoss());
        } else if (e instanceof TrainingEvent.RunFailed failed) {
            markers.mark(failed.iteration(), "training diverged");
        } else if (e instanceof TrainingEvent.Adjusted adjusted) {
            plot.addDomainMarker(0, AdjustmentMarker.of(adjusted), org.jfree.chart.ui.Layer.FOREGROUND);
            adjustments++;
        }
    }

    /** The envelopes are worked out only for the frames that show them. */
    @Override
    void beforeRedraw() {
        steps.refresh();
        epochs.refresh();
        LeanCharts.markPointsWhileFew((XYLineAndShapeRenderer) plot.getRenderer(1), epochs);
    }

    private void addStep(long step, double loss) {
        raw.add(step, loss);
        smooth.add(step, ema.next(loss));
        if (!Double.isFinite(loss)) {
            markers.mark(step, Double.isNaN(loss) ? "loss is NaN" : "loss is infinite");
        }
    }

    private void resmooth() {
        ema.reset(smoothing.getValue());
        smooth.clear();
        for (int i = 0; i < raw.size(); i++) {
            smooth.add(raw.x(i), ema.next(raw.y(i)));
        }
        redrawNow(() -> { });
    }

    private void useLogScale(boolean log) {
        ValueAxis axis;
        if (log) {
            LogAxis l = new LogAxis("loss (log scale)");
            l.setSmallestValue(1e-6);
            l.setBase(10);
            l.setNumberFormatOverride(new java.text.DecimalFormat("0.###E0"));
            axis = l;
        } else {
            NumberAxis n = ChartStyle.axis("loss");
            axis = n;
        }
        ChartStyle.styleAxis(axis);
        plot.setRangeAxis(axis);
    }

    /** Steps recorded so far (every one, not only those drawn). */
    public int stepCount() {
        return raw.size();
    }

    /** The loss of recorded step {@code i} (0-based), for tests and export. */
    public double stepLoss(int i) {
        return raw.y(i);
    }

    /** Changes made while paused that are marked on the chart. */
    public int adjustmentCount() {
        return adjustments;
    }

    public int markerCount() {
        return markers.count();
    }

    public boolean logScale() {
        return logScale.isSelected();
    }

    public void setLogScale(boolean on) {
        logScale.setSelected(on);
    }

    public void setSmoothing(double weight) {
        smoothing.setValue(weight);
    }

    @Override
    public void exportCsv(Path file) throws IOException {
        CsvExport.write(file, List.of("step", "training_loss", "smoothed", "validation_loss"), out -> {
            int v = 0;
            for (int i = 0; i < raw.size(); i++) {
                String val = "";
                while (v < validation.size() && validation.x(v) < raw.x(i)) {
                    v++;
                }
                if (v < validation.size() && validation.x(v) == raw.x(i)) {
                    val = String.format(Locale.ROOT, "%s", validation.y(v));
                }
                out.printRecord(CsvExport.number(raw.x(i)), raw.y(i), smooth.y(i), val);
            }
        });
    }
}
