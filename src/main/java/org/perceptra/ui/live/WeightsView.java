package org.perceptra.ui.live;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.perceptra.engine.session.Histogram;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.ui.live.chart.ChartStyle;
import org.perceptra.ui.live.chart.CsvExport;
import org.perceptra.ui.live.chart.Palette;

/**
 * For the chosen layer and quantity (weights, biases, gradients, last update): how the values spread over time as
 * shaded quantile bands, darker toward the median (TensorBoard's distribution view), and the latest histogram.
 * Values that are NaN or infinite are counted in red under the histogram.
 */
public final class WeightsView extends ChartView {
    /** What a histogram shows, and where it is in a layer's figures. */
    public enum Quantity {
        WEIGHTS("weights", TrainingEvent.LayerStats::weights),
        BIASES("biases", TrainingEvent.LayerStats::biases),
        GRADIENTS("gradients", TrainingEvent.LayerStats::gradients),
        UPDATES("updates", TrainingEvent.LayerStats::updates);

        private final String label;
        private final Function<TrainingEvent.LayerStats, Histogram> pick;

        Quantity(String label, Function<TrainingEvent.LayerStats, Histogram> pick) {
            this.label = label;
            this.pick = pick;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final int HISTORY = 500;
    private static final String[] BANDS = {"min – max", "7% – 93%", "16% – 84%", "31% – 69%"};

    private final Map<String, Map<Quantity, Track>> layers = new LinkedHashMap<>();
    private final YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    private final XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    private final XYPlot histogramPlot;
    private final TextTitle nonFiniteNote = new TextTitle("");
    private final ComboBox<String> layerChoice = new ComboBox<>();
    private final ComboBox<Quantity> quantityChoice = new ComboBox<>();
    private final VBox box;
    private final HBox tools;
    private boolean stale;

    /** One layer's one quantity: its history and its latest histogram. */
    private static final class Track {
        final DistributionHistory history = new DistributionHistory(HISTORY);
        Histogram latest;
    }

    public WeightsView() {
        this(ChartStyle.plot("step", "value"), ChartStyle.plot("value", "count"));
    }

    private WeightsView(XYPlot overTime, XYPlot histogram) {
        super(ChartStyle.chart(overTime, false), ChartStyle.chart(histogram, false));
        this.histogramPlot = histogram;
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.22f);
        for (int i = 0; i < BANDS.length; i++) {
            r.setSeriesFillPaint(i, Palette.awt(0));
            r.setSeriesPaint(i, i == BANDS.length - 1 ? Palette.awt(0).darker() : new Color(0, 0, 0, 0));
            r.setSeriesStroke(i, ChartStyle.stroke(i == BANDS.length - 1 ? 1.5f : 0.5f));
        }
        overTime.setDataset(bands);
        overTime.setRenderer(r);
        XYBarRenderer barRenderer = new XYBarRenderer(0.08);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setSeriesPaint(0, Palette.awt(4));
        histogram.setDataset(bars);
        histogram.setRenderer(barRenderer);
        nonFiniteNote.setPaint(Palette.ERROR);
        nonFiniteNote.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        charts().get(1).addSubtitle(nonFiniteNote);
        ChartViewer top = viewer(charts().get(0));
        ChartViewer bottom = viewer(charts().get(1));
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        box = new VBox(top, bottom);
        layerChoice.setPromptText("layer");
        layerChoice.setPrefWidth(130);
        quantityChoice.setPrefWidth(120);
        layerChoice.setMinWidth(100);
        quantityChoice.setMinWidth(100);
        layerChoice.setId("weights-layer");
        quantityChoice.getItems().setAll(Quantity.values());
        quantityChoice.setValue(Quantity.WEIGHTS);
        quantityChoice.setId("weights-quantity");
        layerChoice.valueProperty().addListener((o, was, now) -> redrawNow(this::refill));
        quantityChoice.valueProperty().addListener((o, was, now) -> redrawNow(this::refill));
        tools = new HBox(8, layerChoice, quantityChoice);
        tools.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    public String title() {
        return "Weights";
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node tools() {
        return tools;
    }

    @Override
    public void runPrepared(RunInfo run) {
        layers.clear();
        layerChoice.getItems().clear();
        redrawOnce(this::refill);
    }

    @Override
    public void apply(List<TrainingEvent> events) {
        boolean changed = false;
        for (TrainingEvent e : events) {
            if (e instanceof TrainingEvent.WeightSnapshot s) {
                s.layers().forEach(stats -> record(s.iteration(), stats));
                changed = true;
            }
        }
        if (changed) {
            if (layerChoice.getValue() == null && !layerChoice.getItems().isEmpty()) {
                layerChoice.setValue(layerChoice.getItems().get(0)); // fills through the listener
            } else {
                redrawOnce(this::refill);
            }
        }
    }

    private void record(long step, TrainingEvent.LayerStats stats) {
        Map<Quantity, Track> tracks = layers.computeIfAbsent(stats.node(), k -> {
            layerChoice.getItems().add(k);
            return new LinkedHashMap<>();
        });
        for (Quantity q : Quantity.values()) {
            Histogram h = q.pick.apply(stats);
            if (h != null) {
                Track t = tracks.computeIfAbsent(q, k -> new Track());
                t.history.add(step, h);
                t.latest = h;
            }
        }
    }

    private Track selected() {
        Map<Quantity, Track> tracks = layers.get(layerChoice.getValue());
        return tracks == null || quantityChoice.getValue() == null ? null : tracks.get(quantityChoice.getValue());
    }

    /** The charts must show new figures: rebuilt just before they redraw, so at most as often and only on screen. */
    private void refill() {
        stale = true;
    }

    @Override
    void beforeRedraw() {
        if (stale) {
            fill();
        }
    }

    /** Rebuilds both charts for the chosen layer (the bands cost most of this view). */
    private void fill() {
        stale = false;
        bands.removeAllSeries();
        bars.removeAllSeries();
        nonFiniteNote.setText("");
        Track t = selected();
        if (t == null) {
            return;
        }
        int last = DistributionHistory.QUANTILES.length - 1;
        for (int b = 0; b < BANDS.length; b++) {
            YIntervalSeries s = new YIntervalSeries(BANDS[b], false, true);
            s.setNotify(false); // else every add re-ranges the axes: quadratic in the history
            for (int i = 0; i < t.history.size(); i++) {
                double[] q = t.history.quantilesAt(i);
                s.add(t.history.step(i), q[last / 2], q[b], q[last - b]);
            }
            bands.addSeries(s);
        }
        Histogram h = t.latest;
        if (h != null) {
            XYIntervalSeries s = new XYIntervalSeries("latest");
            s.setNotify(false);
            int[] counts = h.counts();
            double width = (h.max() - h.min()) / counts.length;
            for (int i = 0; i < counts.length; i++) {
                double lo = h.min() + i * width;
                s.add(lo + width / 2, lo, lo + Math.max(width, 1e-12), counts[i], 0, counts[i]);
            }
            bars.addSeries(s);
            if (h.nonFinite() > 0) {
                nonFiniteNote.setText(h.nonFinite() + " of " + h.total() + " values are NaN or infinite");
            }
        }
        histogramPlot.getDomainAxis().setLabel(quantityChoice.getValue() + " of " + layerChoice.getValue());
    }

    public List<String> layerNames() {
        return List.copyOf(layerChoice.getItems());
    }

    /** Snapshots kept for the chosen layer and quantity. */
    public int historySize() {
        Track t = selected();
        return t == null ? 0 : t.history.size();
    }

    public void show(String layer, Quantity quantity) {
        layerChoice.setValue(layer);
        quantityChoice.setValue(quantity);
    }

    @Override
    public void exportCsv(Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("layer", "quantity", "step"));
        for (double q : DistributionHistory.QUANTILES) {
            header.add("q" + Math.round(q * 10_000));
        }
        CsvExport.write(file, header, out -> {
            for (var layer : layers.entrySet()) {
                for (var track : layer.getValue().entrySet()) {
                    DistributionHistory h = track.getValue().history;
                    for (int i = 0; i < h.size(); i++) {
                        List<Object> row = new ArrayList<>(List.of(layer.getKey(), track.getKey().toString(),
                                CsvExport.number(h.step(i))));
                        for (double v : h.quantilesAt(i)) {
                            row.add(v);
                        }
                        out.printRecord(row);
                    }
                }
            }
        });
    }
}
