package org.perceptra.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingEvent.EvaluationSnapshot;
import org.perceptra.ui.live.chart.CsvExport;
import org.perceptra.ui.live.evaluation.SampleAnswer;

/**
 * For image data: the pictures the network got wrong in the latest epoch, most confident mistakes first (the
 * ones it is surest of teach the most: a mislabelled sample, or a class it confuses), at most {@value #CAP}.
 * Each tile reads "true → predicted" with the confidence under it.
 */
public final class MisclassifiedView implements LiveView {
    /** Tiles shown at most: enough to see patterns, few enough to redraw each epoch. */
    static final int CAP = 60;

    private final BorderPane root = new BorderPane();
    private final Label caption = new Label();
    private final FlowPane tiles = new FlowPane(8, 8);
    private final RedrawScheduler throttle = RedrawScheduler.takingTurns(root, ChartView.MIN_REDRAW_NANOS,
            () -> FxCosts.measure(title() + ": redraw", this::redraw));
    private RunInfo run = RunInfo.NONE;
    private Thumbnails thumbnails = new Thumbnails(RunInfo.NONE.evaluated());
    private EvaluationSnapshot latest;
    private List<SampleAnswer> shown = List.of();

    public MisclassifiedView() {
        root.setId("misclassified");
        root.getStyleClass().add("evaluation-view");
        caption.setId("misclassified-caption");
        caption.getStyleClass().add("evaluation-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        BorderPane.setMargin(caption, new Insets(2, 8, 6, 8));
        tiles.setId("misclassified-tiles");
        tiles.setPadding(new Insets(4, 8, 8, 8));
        tiles.getStyleClass().add("misclassified-tiles");
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setTop(caption);
        root.setCenter(scroll);
        runPrepared(RunInfo.NONE);
    }

    @Override
    public String title() {
        return "Misclassified";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Node tools() {
        return new Region();
    }

    @Override
    public boolean appliesTo(RunInfo info) {
        return info.classifiesPictures();
    }

    @Override
    public void runPrepared(RunInfo info) {
        run = info;
        thumbnails = new Thumbnails(info.evaluated());
        latest = null;
        shown = List.of();
        tiles.getChildren().clear();
        caption.setText(info.classifiesPictures() ? "The pictures the network gets wrong appear after the first epoch."
                : "Misclassified pictures are shown for image data.");
    }

    @Override
    public void apply(List<TrainingEvent> events) {
        EvaluationSnapshot newest = null;
        for (TrainingEvent e : events) {
            if (e instanceof EvaluationSnapshot s) {
                newest = s;
            }
        }
        if (newest != null && thumbnails.available()) {
            latest = newest;
            throttle.request();
        }
    }

    private void redraw() {
        EvaluationSnapshot s = latest;
        if (s == null) {
            return;
        }
        shown = SampleAnswer.mistakes(s, CAP);
        int wrong = SampleAnswer.mistakeCount(s);
        caption.setText(String.format(Locale.ROOT, "%s, epoch %d: %,d of %,d pictures wrong%s", capitalised(s.part()),
                s.epoch() + 1, wrong, s.size(), wrong == 0 ? "." : wrong > CAP
                        ? String.format(Locale.ROOT, "; the %d most confident mistakes first.", CAP)
                        : "; most confident mistakes first."));
        tiles.getChildren().setAll(shown.stream().map(this::tile).toList());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private Node tile(SampleAnswer a) {
        ImageView picture = new ImageView(thumbnails.of(a.sample()));
        picture.setFitWidth(56);
        picture.setFitHeight(56);
        picture.setPreserveRatio(true);
        Label answer = new Label(name(a.actual()) + " → " + name(a.predicted()));
        answer.getStyleClass().add("misclassified-answer");
        Label confidence = new Label(SampleListPane.percent(a.confidence()));
        confidence.getStyleClass().add("misclassified-confidence");
        VBox tile = new VBox(2, picture, answer, confidence);
        tile.setAlignment(Pos.TOP_CENTER);
        tile.getStyleClass().add("misclassified-tile");
        tile.setId("misclassified-" + a.sample());
        Tooltip.install(tile, new Tooltip(String.format(Locale.ROOT, "Sample #%d of the %s part: true %s, predicted %s"
                + " with %s confidence.", a.sample(), run.evaluated().name(), name(a.actual()), name(a.predicted()),
                SampleListPane.percent(a.confidence()))));
        return tile;
    }

    private String name(int c) {
        return c >= 0 && c < run.classNames().size() ? run.classNames().get(c) : Integer.toString(c);
    }

    /** The mistakes shown, in order; for tests. */
    public List<SampleAnswer> shown() {
        return shown;
    }

    @Override
    public void exportPng(Path file) throws IOException {
        WritableImage image = root.snapshot(null, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    @Override
    public void exportCsv(Path file) throws IOException {
        List<SampleAnswer> rows = shown;
        CsvExport.write(file, List.of("sample", "true_class", "predicted_class", "confidence"), out -> {
            for (SampleAnswer a : rows) {
                out.printRecord(a.sample(), name(a.actual()), name(a.predicted()), a.confidence());
            }
        });
    }
}
