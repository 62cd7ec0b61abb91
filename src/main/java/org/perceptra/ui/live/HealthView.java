package org.perceptra.ui.live;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingEvent.LayerStats;
import org.perceptra.ui.live.chart.ChartStyle;
import org.perceptra.ui.live.chart.CsvExport;
import org.perceptra.ui.live.chart.EnvelopeSeries;
import org.perceptra.ui.live.chart.LiveXYDataset;
import org.perceptra.ui.live.chart.Palette;

/**
 * Whether each layer is learning well: the update:parameter ratio over time (log10; about -3 is healthy, shaded),
 * a table of the latest figures per layer, and warnings in plain words with a fix to try.
 */
public final class HealthView extends ChartView {
    private final LiveXYDataset ratios = new LiveXYDataset();
    private final XYLineAndShapeRenderer lines = ChartStyle.lines();
    private final Map<String, EnvelopeSeries> ratioOf = new LinkedHashMap<>();
    private final Map<String, LayerStats> latest = new LinkedHashMap<>();
    private final List<Sample> history = new ArrayList<>();
    private final ObservableList<LayerStats> rows = FXCollections.observableArrayList();
    private final ObservableList<HealthWarning> warnings = FXCollections.observableArrayList();
    private final VBox warningBox = new VBox(6);
    private final VBox box;

    private record Sample(long step, LayerStats stats) {
    }

    public HealthView() {
        this(ChartStyle.plot("step", "log10(update / weight)"));
    }

    private HealthView(XYPlot plot) {
        super(ChartStyle.chart(plot, true));
        plot.setDataset(ratios);
        plot.setRenderer(lines);
        IntervalMarker healthy = new IntervalMarker(-4, -2, new Color(0x009E73 & 0xFFFFFF | 0x1F000000, true));
        healthy.setLabel("healthy ≈ -3");
        healthy.setLabelFont(ChartStyle.TICK_FONT);
        healthy.setLabelPaint(new Color(0x00704F));
        healthy.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        healthy.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(healthy, Layer.BACKGROUND);
        ChartViewer viewer = viewer(charts().get(0));
        TableView<LayerStats> table = table();
        warningBox.setId("health-warnings");
        warningBox.getStyleClass().add("health-warnings");
        VBox.setVgrow(viewer, Priority.ALWAYS);
        box = new VBox(6, viewer, table, warningBox);
        warnings.addListener((javafx.collections.ListChangeListener<HealthWarning>) c -> showWarnings());
        showWarnings();
    }

    private TableView<LayerStats> table() {
        TableView<LayerStats> t = new TableView<>(rows);
        t.getColumns().add(column("layer", LayerStats::node));
        t.getColumns().add(column("update / weight", s -> s.updateRatio() > 0
                ? String.format(Locale.ROOT, "10^%.1f", Math.log10(s.updateRatio())) : number(s.updateRatio())));
        t.getColumns().add(column("act. mean", s -> number(s.activationMean())));
        t.getColumns().add(column("act. std", s -> number(s.activationStd())));
        t.getColumns().add(column("dead", s -> Double.isNaN(s.deadFraction()) ? "–"
                : String.format(Locale.ROOT, "%.0f%%", s.deadFraction() * 100)));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getStyleClass().add("dense");
        t.setFixedCellSize(26);
        // As tall as its rows (up to five), so the chart above keeps the rest.
        t.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 34 + 26 * Math.max(1, Math.min(5, rows.size())) + 2.0, rows));
        t.setMinHeight(60);
        t.setPlaceholder(new Label("Layer figures appear once training starts."));
        t.setId("health-table");
        return t;
    }

    private static TableColumn<LayerStats, String> column(String name, Function<LayerStats, String> text) {
        TableColumn<LayerStats, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3g", v);
    }

    @Override
    public String title() {
        return "Health";
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node tools() {
        return new Region();
    }

    /** The current warnings, one per problem and layer; the canvas can badge layers from these. */
    public ObservableList<HealthWarning> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }

    @Override
    public void runPrepared(RunInfo run) {
        redrawOnce(ratios::removeAll);
        ratioOf.clear();
        latest.clear();
        history.clear();
        rows.clear();
        warnings.clear();
    }

    @Override
    public void apply(List<TrainingEvent> events) {
        TrainingEvent.WeightSnapshot last = null;
        for (TrainingEvent e : events) {
            if (e instanceof TrainingEvent.WeightSnapshot s) {
                last = s;
                for (LayerStats stats : s.layers()) {
                    record(s.iteration(), stats);
                }
            }
        }
        if (last != null) {
            redrawOnce(() -> { });
            List<HealthWarning> now = new ArrayList<>();
            latest.values().forEach(stats -> now.addAll(HealthRules.assess(stats)));
            if (!now.equals(warnings)) {
                warnings.setAll(now);
            }
        }
    }

    /** The chart's envelopes and the table follow only on screen, and at most at the chart's rate. */
    @Override
    void beforeRedraw() {
        ratios.refresh();
        if (!rows.equals(List.copyOf(latest.values()))) {
            rows.setAll(latest.values());
        }
    }

    private void record(long step, LayerStats stats) {
        latest.put(stats.node(), stats);
        history.add(new Sample(step, stats));
        if (stats.updateRatio() > 0 && Double.isFinite(stats.updateRatio())) {
            series(stats.node()).add(step, Math.log10(stats.updateRatio()));
        } else if (!Double.isFinite(stats.updateRatio()) && !Double.isNaN(stats.updateRatio())) {
            series(stats.node()).add(step, Double.NaN);
        }
    }

    private EnvelopeSeries series(String node) {
        return ratioOf.computeIfAbsent(node, k -> {
            int i = ratios.getSeriesCount();
            lines.setSeriesPaint(i, Palette.awt(i));
            lines.setSeriesStroke(i, ChartStyle.stroke(1.8f));
            return ratios.add(new EnvelopeSeries(k, LossView.MAX_POINTS));
        });
    }

    private void showWarnings() {
        if (warnings.isEmpty()) {
            Label ok = new Label("No warnings: every layer's numbers look healthy so far.",
                    icon("mdi2c-check-circle", "health-ok-icon"));
            ok.getStyleClass().add("health-ok");
            warningBox.getChildren().setAll(ok);
            return;
        }
        List<Node> labels = new ArrayList<>();
        for (HealthWarning w : warnings) {
            boolean error = w.level() == HealthWarning.Level.ERROR;
            Label l = new Label(w.message() + " " + w.fix(),
                    icon(error ? "mdi2a-alert-octagon" : "mdi2a-alert", error ? "health-error-icon" : "health-warning-icon"));
            l.setWrapText(true);
            l.getStyleClass().add(error ? "health-error" : "health-warning");
            labels.add(l);
        }
        warningBox.getChildren().setAll(labels);
    }

    private static FontIcon icon(String code, String styleClass) {
        FontIcon i = new FontIcon(code);
        i.getStyleClass().add(styleClass);
        return i;
    }

    @Override
    public void exportCsv(Path file) throws IOException {
        CsvExport.write(file, List.of("step", "layer", "update_ratio", "activation_mean", "activation_std",
                "dead_fraction"), out -> {
            for (Sample sample : history) {
                LayerStats s = sample.stats();
                out.printRecord(sample.step(), s.node(), s.updateRatio(), s.activationMean(),
                        s.activationStd(), s.deadFraction());
            }
        });
    }
}
