package org.perceptra.ui.live;

import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.ui.live.chart.ChartStyle;
import org.perceptra.ui.live.chart.CsvExport;
import org.perceptra.ui.live.chart.Palette;

/**
 * For regression: each held-out sample's prediction against its true value, with the diagonal where a perfect
 * model would put every point. Points above the line are over-estimates, below it under-estimates. "Residuals"
 * plots the error itself (prediction minus true value) against the true value, around a zero line: a curve or a
 * funnel there shows what the network has not learned yet.
 */
public final class PredictionsView extends ChartView {
    private final XYSeriesCollection points = new XYSeriesCollection();
    private final XYPlot plot;
    private final ChartViewer viewer;
    private final CheckBox residuals = new CheckBox("Residuals");
    private TrainingEvent.RegressionPreview latest;

    private boolean stale;

    public PredictionsView() {
        this(ChartStyle.plot("true value", "prediction"));
    }

    private PredictionsView(XYPlot plot) {
        super(ChartStyle.chart(plot, false));
        this.plot = plot;
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        dots.setSeriesPaint(0, Palette.awt(0, 0.7));
        plot.setDataset(points);
        plot.setRenderer(dots);
        viewer = viewer(charts().get(0));
        residuals.setId("predictions-residuals");
        residuals.setMinWidth(Region.USE_PREF_SIZE);
        residuals.setTooltip(new Tooltip("Plot prediction minus true value instead of the prediction"));
        residuals.selectedProperty().addListener((o, was, now) -> {
            plot.getRangeAxis().setLabel(now ? "residual (prediction − true)" : "prediction");
            redrawNow(() -> stale = true);
        });
    }

    @Override
    public String title() {
        return "Predictions";
    }

    @Override
    public Node node() {
        return viewer;
    }

    @Override
    public Node tools() {
        return residuals;
    }

    @Override
    public boolean appliesTo(RunInfo run) {
        return !run.classification();
    }

    @Override
    public void runPrepared(RunInfo run) {
        latest = null;
        redrawOnce(() -> {
            points.removeAllSeries();
            plot.clearAnnotations();
        });
    }

    @Override
    public void apply(List<TrainingEvent> events) {
        TrainingEvent.RegressionPreview newest = null;
        for (TrainingEvent e : events) {
            if (e instanceof TrainingEvent.RegressionPreview p) {
                newest = p;
            }
        }
        if (newest == null) {
            return;
        }
        latest = newest;
        redrawOnce(() -> stale = true);
    }

    /** The dots are placed only for the frames that show them. */
    @Override
    void beforeRedraw() {
        if (stale && latest != null) {
            plotPreview(latest);
        }
        stale = false;
    }

    private void plotPreview(TrainingEvent.RegressionPreview p) {
        boolean errors = residuals.isSelected();
        {
            XYSeries s = new XYSeries("samples", false, true);
            s.setNotify(false);
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < Math.min(p.predictions().length, p.targets().length); i++) {
                double prediction = Double.isFinite(p.predictions()[i]) ? p.predictions()[i] : Double.NaN;
                s.add(p.targets()[i], errors ? prediction - p.targets()[i] : prediction);
                low = Math.min(low, p.targets()[i]);
                high = Math.max(high, p.targets()[i]);
            }
            points.removeAllSeries();
            points.addSeries(s);
            plot.clearAnnotations();
            if (low < high) {
                plot.addAnnotation(new XYLineAnnotation(low, errors ? 0 : low, high, errors ? 0 : high, ChartStyle.dashed(1.2f),
                        Palette.awt(7)));
            }
        }
    }

    /** Whether residuals are plotted instead of predictions. */
    public boolean showsResiduals() {
        return residuals.isSelected();
    }

    /** Samples in the latest preview, for tests. */
    public int sampleCount() {
        return latest == null ? 0 : latest.predictions().length;
    }

    @Override
    public void exportCsv(Path file) throws IOException {
        TrainingEvent.RegressionPreview p = latest;
        CsvExport.write(file, List.of("true_value", "prediction", "residual"), out -> {
            if (p != null) {
                for (int i = 0; i < Math.min(p.predictions().length, p.targets().length); i++) {
                    out.printRecord(p.targets()[i], p.predictions()[i], p.predictions()[i] - p.targets()[i]);
                }
            }
        });
    }
}
