package org.perceptra.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javax.imageio.ImageIO;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingEvent.DecisionBoundary;
import org.perceptra.ui.live.chart.CsvExport;
import org.perceptra.ui.live.chart.ChartTheme;
import org.perceptra.ui.live.chart.Palette;

/**
 * The network's answer over the input plane, drawn on a canvas (a chart library would be too slow at 5 updates a
 * second): class probabilities as a tinted heatmap, or the regression value on a blue–orange scale; training
 * samples as dots and held-out samples as outlined squares on top. "Discretise" shows only the likeliest class.
 */
public final class DecisionBoundaryView implements LiveView {
    private static final double PAD_LEFT = 44;
    private static final double PAD_BOTTOM = 28;
    private static final double PAD = 10;

    private final Canvas canvas = new Canvas();
    private ChartTheme frame = ChartTheme.LIGHT;
    /** The samples never move during a run: drawn once on their own layer, not again with every heatmap. */
    private final Canvas pointsLayer = new Canvas();
    private final Pane canvasHolder = new Pane(canvas, pointsLayer);
    /** Where the points, frame and background were last drawn; null when they must be drawn again. */
    private double[] placementDrawn;
    private final RedrawScheduler scheduler;
    private final FlowPane legend = new FlowPane(14, 4);
    private final BorderPane root = new BorderPane();
    private final CheckBox discretise = new CheckBox("Discretise");
    private RunInfo run = RunInfo.NONE;
    private DecisionBoundary latest;
    private WritableImage heatmap;
    private double regressionLow;
    private double regressionHigh = 1;
    private int updates;
    /** A grid arrived (or the colours changed) that the heatmap image does not show yet. */
    private boolean stale;
    private DecisionBoundary drawnGrid;

    public DecisionBoundaryView() {
        canvasHolder.setMinSize(120, 120);
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        pointsLayer.widthProperty().bind(canvasHolder.widthProperty());
        pointsLayer.heightProperty().bind(canvasHolder.heightProperty());
        pointsLayer.setMouseTransparent(true);
        scheduler = RedrawScheduler.takingTurns(root, ChartView.MIN_REDRAW_NANOS,
                () -> FxCosts.measure(title() + ": redraw", this::draw));
        canvas.widthProperty().addListener(o -> redrawAll());
        canvas.heightProperty().addListener(o -> redrawAll());
        discretise.setId("boundary-discretise");
        discretise.setMinWidth(Region.USE_PREF_SIZE);
        discretise.selectedProperty().addListener((o, was, now) -> {
            stale = true;
            scheduler.requestNow();
        });
        legend.setPadding(new Insets(4, 8, 2, PAD_LEFT));
        legend.getStyleClass().add("boundary-legend");
        // The frame around the heatmap follows the theme as the charts do (see ChartTheme).
        canvasHolder.getStyleClass().add(ChartTheme.STYLE_CLASS);
        canvasHolder.backgroundProperty().addListener((o, was, now) -> {
            if (now != null && !now.getFills().isEmpty() && now.getFills().get(0).getFill() instanceof Color c) {
                frame = ChartTheme.on(c);
                redrawAll();
            }
        });
        root.setCenter(canvasHolder);
        root.setBottom(legend);
        root.setId("decision-boundary");
        canvas.setId("boundary-canvas");
    }

    @Override
    public String title() {
        return "Decision boundary";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node tools() {
        return discretise;
    }

    /** Only inputs with two features have a plane to draw (before any run, the view says so). */
    @Override
    public boolean appliesTo(RunInfo info) {
        return info == RunInfo.NONE || info.points().size() > 0;
    }

    @Override
    public void runPrepared(RunInfo info) {
        run = info;
        latest = null;
        drawnGrid = null;
        stale = false;
        updates = 0;
        regressionLow = 0;
        regressionHigh = 1;
        if (!info.classification() && info.points().size() > 0) {
            regressionLow = Double.POSITIVE_INFINITY;
            regressionHigh = Double.NEGATIVE_INFINITY;
            for (float v : info.points().label()) {
                regressionLow = Math.min(regressionLow, v);
                regressionHigh = Math.max(regressionHigh, v);
            }
        }
        buildLegend();
        redrawAll();
    }

    private void redrawAll() {
        placementDrawn = null;
        scheduler.requestNow();
    }

    @Override
    public void apply(List<TrainingEvent> events) {
        DecisionBoundary newest = null;
        for (TrainingEvent e : events) {
            if (e instanceof DecisionBoundary b) {
                newest = b; // only the latest matters: older ones would be overdrawn in the same frame
            }
        }
        if (newest != null) {
            latest = newest;
            stale = true;
            scheduler.request();
        }
    }

    /** Decision boundaries drawn since the run was prepared (a frame may skip some). */
    public int updateCount() {
        return updates;
    }

    public boolean discretised() {
        return discretise.isSelected();
    }

    /** The latest grid in colours, written into one reused image (one copy of an int array, no per-pixel calls). */
    private WritableImage heatmap() {
        if (stale && latest != null) {
            int n = latest.resolution();
            int[] argb = run.classification()
                    ? BoundaryColors.classes(latest, discretise.isSelected())
                    : BoundaryColors.regression(latest, regressionLow, regressionHigh, discretise.isSelected());
            if (heatmap == null || (int) heatmap.getWidth() != n || (int) heatmap.getHeight() != n) {
                heatmap = new WritableImage(n, n);
            }
            heatmap.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), argb, 0, n);
            stale = false;
            if (latest != drawnGrid) {
                drawnGrid = latest;
                updates++;
            }
        }
        return latest == null ? null : heatmap;
    }

    /**
     * Draws the new heatmap; the background, points and frame only when their place changed (a resize, a new
     * run): the samples never move during a run, so an update is one image drawn over the last.
     */
    private void draw() {
        double w = Math.floor(canvas.getWidth());
        double h = Math.floor(canvas.getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        double size = Math.floor(Math.min(w - PAD_LEFT - PAD, h - PAD_BOTTOM - PAD));
        double[] range = range();
        if (size < 20 || range == null) {
            placementDrawn = null;
            g.setFill(ChartTheme.fx(frame.background()));
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            clearPoints();
        }
        if (size < 20) {
            return;
        }
        double left = Math.floor(PAD_LEFT + (w - PAD_LEFT - PAD - size) / 2);
        double top = PAD;
        if (range == null) {
            g.setFill(ChartTheme.fx(frame.text()));
            g.setFont(Font.font(13));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(run.points().size() == 0 && run != RunInfo.NONE
                    ? "The decision boundary is drawn for data with two inputs."
                    : "The decision boundary appears once training starts.", w / 2, h / 2);
            return;
        }
        double[] placement = {range[0], range[1], range[2], range[3], left, top, size, w, h};
        if (!java.util.Arrays.equals(placement, placementDrawn)) {
            placementDrawn = placement;
            stale = true; // the whole canvas is cleared: the heatmap goes on again
            g.setFill(ChartTheme.fx(frame.background()));
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            clearPoints();
            GraphicsContext top2 = pointsLayer.getGraphicsContext2D();
            drawPoints(top2, range, left, top, size);
            drawFrame(top2, range, left, top, size);
        }
        boolean fresh = stale;
        WritableImage img = heatmap();
        if (img != null && fresh) {
            g.setImageSmoothing(!discretise.isSelected());
            g.drawImage(img, left, top, size, size);
        }
    }

    private void clearPoints() {
        pointsLayer.getGraphicsContext2D().clearRect(0, 0, pointsLayer.getWidth(), pointsLayer.getHeight());
    }

    /** The plane shown: the boundary's range, or the points' own before the first boundary arrives. */
    private double[] range() {
        if (latest != null) {
            return new double[] {latest.xMin(), latest.xMax(), latest.yMin(), latest.yMax()};
        }
        PlanePoints p = run.points();
        if (p.size() == 0) {
            return null;
        }
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (int i = 0; i < p.size(); i++) {
            r[0] = Math.min(r[0], p.x()[i]);
            r[1] = Math.max(r[1], p.x()[i]);
            r[2] = Math.min(r[2], p.y()[i]);
            r[3] = Math.max(r[3], p.y()[i]);
        }
        return r;
    }

    private void drawPoints(GraphicsContext g, double[] r, double left, double top, double size) {
        PlanePoints p = run.points();
        g.save();
        g.beginPath();
        g.rect(left, top, size, size);
        g.clip();
        double radius = size > 400 ? 4 : 3.2;
        for (int pass = 0; pass < 2; pass++) { // held-out samples last, so that they are never hidden
            boolean heldOut = pass == 1;
            for (int i = 0; i < p.size(); i++) {
                if (p.heldOut()[i] != heldOut) {
                    continue;
                }
                double sx = left + (p.x()[i] - r[0]) / (r[1] - r[0]) * size;
                double sy = top + size - (p.y()[i] - r[2]) / (r[3] - r[2]) * size;
                Color c = pointColour(p.label()[i]);
                if (heldOut) {
                    g.setFill(c);
                    g.fillRect(sx - radius, sy - radius, radius * 2, radius * 2);
                    g.setStroke(Color.web("#1f2328"));
                    g.setLineWidth(1.4);
                    g.strokeRect(sx - radius, sy - radius, radius * 2, radius * 2);
                } else {
                    g.setFill(c);
                    g.fillOval(sx - radius, sy - radius, radius * 2, radius * 2);
                    g.setStroke(Color.WHITE);
                    g.setLineWidth(1);
                    g.strokeOval(sx - radius, sy - radius, radius * 2, radius * 2);
                }
            }
        }
        g.restore();
    }

    private Color pointColour(float label) {
        if (run.classification()) {
            return Palette.fx((int) label);
        }
        int argb = BoundaryColors.diverging((label - regressionLow) / Math.max(1e-12, regressionHigh - regressionLow));
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF).darker();
    }

    private void drawFrame(GraphicsContext g, double[] r, double left, double top, double size) {
        g.setStroke(ChartTheme.fx(frame.grid()));
        g.setLineWidth(1);
        g.strokeRect(left + 0.5, top + 0.5, size - 1, size - 1);
        g.setFill(ChartTheme.fx(frame.text()));
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i <= 4; i++) {
            double t = i / 4.0;
            g.fillText(tick(r[0] + t * (r[1] - r[0])), left + t * size, top + size + 5);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i <= 4; i++) {
            double t = i / 4.0;
            g.fillText(tick(r[2] + t * (r[3] - r[2])), left - 6, top + size - t * size);
        }
    }

    private static String tick(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.1f", v);
    }

    private void buildLegend() {
        legend.getChildren().clear();
        if (run.classification()) {
            for (int c = 0; c < run.classNames().size(); c++) {
                Rectangle swatch = new Rectangle(12, 12, Palette.fx(c));
                swatch.setArcWidth(4);
                swatch.setArcHeight(4);
                legend.getChildren().add(item(swatch, run.classNames().get(c)));
            }
        } else {
            legend.getChildren().add(new Label(String.format(Locale.ROOT, "blue = %.3g … orange = %.3g",
                    regressionLow, regressionHigh)));
        }
        Circle dot = new Circle(5, Color.web("#57606a"));
        dot.setStroke(Color.WHITE);
        Rectangle square = new Rectangle(9, 9, Color.web("#8c959f"));
        square.setStroke(Color.web("#1f2328"));
        square.setStrokeWidth(1.4);
        legend.getChildren().addAll(item(dot, "training"), item(square, "held out (validation/test)"));
    }

    private static HBox item(Node mark, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-label");
        HBox box = new HBox(5, mark, l);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    @Override
    public void exportPng(Path file) throws IOException {
        if (scheduler.pending()) {
            draw(); // the picture shows the latest grid, even of a view off screen
        }
        WritableImage image = root.snapshot(null, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    @Override
    public void exportCsv(Path file) throws IOException {
        DecisionBoundary b = latest;
        int channels = b == null ? 0 : b.channels();
        List<String> header = new java.util.ArrayList<>(List.of("x", "y"));
        for (int c = 0; c < channels; c++) {
            header.add(run.classification() && c < run.classNames().size() ? "p_" + run.classNames().get(c)
                    : channels == 1 ? "value" : "output_" + c);
        }
        CsvExport.write(file, header, out -> {
            if (b == null) {
                return;
            }
            int n = b.resolution();
            for (int row = 0; row < n; row++) {
                for (int col = 0; col < n; col++) {
                    List<Object> rec = new java.util.ArrayList<>();
                    rec.add(b.xMin() + (col + 0.5) * (b.xMax() - b.xMin()) / n);
                    rec.add(b.yMin() + (row + 0.5) * (b.yMax() - b.yMin()) / n);
                    for (int c = 0; c < channels; c++) {
                        rec.add(b.values()[(row * n + col) * channels + c]);
                    }
                    out.printRecord(rec);
                }
            }
        });
    }
}
