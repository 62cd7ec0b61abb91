package org.perceptra.ui.live;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingEvent.EvaluationSnapshot;
import org.perceptra.ui.live.chart.ChartStyle;
import org.perceptra.ui.live.chart.CsvExport;
import org.perceptra.ui.live.chart.Palette;
import org.perceptra.ui.live.evaluation.RocCurve;

/**
 * For two classes: the ROC curve of the latest epoch's scores (how many of the second class are caught against
 * how many of the first are wrongly caught, over every threshold), the chance diagonal, and the area under the
 * curve written large: 1 separates the classes perfectly, 0.5 is a coin toss.
 */
public final class RocView extends ChartView {
    private static final Font AUC_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);

    private final XYSeriesCollection curve = new XYSeriesCollection();
    private final XYPlot plot;
    private final ChartViewer viewer;
    private RunInfo run = RunInfo.NONE;
    private RocCurve latest;
    private EvaluationSnapshot unread;
    private String latestName = "";
    private boolean drawn;

    public RocView() {
        this(ChartStyle.plot("false positive rate", "true positive rate"));
    }

    private RocView(XYPlot plot) {
        super(ChartStyle.chart(plot, true));
        this.plot = plot;
        for (NumberAxis axis : List.of((NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis())) {
            axis.setAutoRange(false);
            axis.setRange(-0.01, 1.01); // a little room, so that a perfect curve does not hide in the frame
        }
        XYLineAndShapeRenderer line = ChartStyle.lines();
        line.setSeriesPaint(0, Palette.awt(0));
        line.setSeriesStroke(0, ChartStyle.stroke(2.4f));
        plot.setRenderer(line);
        plot.setDataset(curve);
        viewer = viewer(charts().get(0));
        viewer.setId("roc-chart");
        chance();
    }

    private void chance() {
        plot.clearAnnotations();
        plot.addAnnotation(new XYLineAnnotation(0, 0, 1, 1, ChartStyle.dashed(1.2f), Palette.awt(7)));
    }

    @Override
    public String title() {
        return "ROC curve";
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
    public boolean appliesTo(RunInfo info) {
        return info.binary();
    }

    @Override
    public void runPrepared(RunInfo info) {
        run = info;
        latest = null;
        unread = null;
        redrawOnce(() -> {
            curve.removeAllSeries();
            chance();
        });
    }

    @Override
    public void apply(List<TrainingEvent> events) {
        EvaluationSnapshot newest = null;
        for (TrainingEvent e : events) {
            if (e instanceof EvaluationSnapshot s && s.positiveScores().length > 0) {
                newest = s;
            }
        }
        if (newest == null) {
            return;
        }
        unread = newest;
        redrawOnce(() -> { });
    }

    /** The latest curve, worked out from the latest snapshot when first needed (on screen, a test, an export). */
    private RocCurve curve() {
        EvaluationSnapshot s = unread;
        if (s != null) {
            unread = null;
            latest = RocCurve.of(s.actual(), s.positiveScores());
            String positive = run.classNames().size() == 2 ? run.classNames().get(1) : "1";
            latestName = String.format(Locale.ROOT, "%s, epoch %d: class %s against the rest", s.part(),
                    s.epoch() + 1, positive);
            drawn = false;
        }
        return latest;
    }

    @Override
    void beforeRedraw() {
        RocCurve roc = curve();
        if (roc == null || drawn) {
            return;
        }
        drawn = true;
        XYSeries s = new XYSeries(latestName, false, true);
        s.setNotify(false);
        for (int i = 0; i < roc.size(); i++) {
            s.add(roc.falsePositiveRate(i), roc.truePositiveRate(i));
        }
        curve.removeAllSeries();
        curve.addSeries(s);
        chance();
        XYTextAnnotation auc = new XYTextAnnotation(Double.isNaN(roc.auc()) ? "AUC undefined (one class only)"
                : String.format(Locale.ROOT, "AUC %.3f", roc.auc()), 0.97, 0.05);
        auc.setFont(AUC_FONT);
        auc.setPaint(Palette.AXIS_TEXT.darker());
        auc.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addAnnotation(auc);
    }

    /** Area under the latest curve, NaN before the first epoch; for tests and the caption. */
    public double auc() {
        RocCurve roc = curve();
        return roc == null ? Double.NaN : roc.auc();
    }

    /** Points on the latest curve; for tests. */
    public int pointCount() {
        RocCurve roc = curve();
        return roc == null ? 0 : roc.size();
    }

    @Override
    public void exportCsv(Path file) throws IOException {
        RocCurve roc = curve();
        CsvExport.write(file, List.of("threshold", "false_positive_rate", "true_positive_rate"), out -> {
            if (roc != null) {
                for (int i = 0; i < roc.size(); i++) {
                    out.printRecord(roc.threshold(i), roc.falsePositiveRate(i), roc.truePositiveRate(i));
                }
            }
        });
    }
}
