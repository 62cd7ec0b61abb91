package org.perceptra.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javax.imageio.ImageIO;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingEvent.EvaluationSnapshot;
import org.perceptra.ui.live.chart.CsvExport;
import org.perceptra.ui.live.evaluation.ConfusionMatrix;
import org.perceptra.ui.live.evaluation.SampleAnswer;

/**
 * The live confusion matrix of a classifier, updated after each epoch from the validation part (or the training
 * part when there is none). Clicking a cell lists its samples beside the matrix, with their pictures for image
 * data; the list follows the cell as later epochs move samples in and out.
 */
public final class ConfusionMatrixView implements LiveView {
    private final BorderPane root = new BorderPane();
    private final Label caption = new Label();
    private final Label hint = new Label("Click a cell to list its samples");
    private final ConfusionGrid grid = new ConfusionGrid(this::cellClicked);
    private final SampleListPane samples = new SampleListPane(this::closeList);
    private final RedrawScheduler throttle = RedrawScheduler.takingTurns(root, ChartView.MIN_REDRAW_NANOS,
            () -> FxCosts.measure(title() + ": redraw", this::redraw));
    private RunInfo run = RunInfo.NONE;
    private EvaluationSnapshot latest;
    private ConfusionMatrix matrix;
    private int selectedRow = -1;
    private int selectedColumn = -1;

    public ConfusionMatrixView() {
        root.setId("confusion-matrix");
        root.getStyleClass().add("evaluation-view");
        caption.setId("confusion-caption");
        caption.getStyleClass().add("evaluation-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("evaluation-hint");
        hint.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, caption, spacer, hint);
        top.setAlignment(Pos.CENTER_LEFT);
        BorderPane.setMargin(top, new Insets(2, 8, 6, 8));
        // Scrolls when the dock is too small for legible cells (see ConfusionGrid's minimum size).
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane.setMargin(scroll, new Insets(0, 8, 4, 4));
        root.setTop(top);
        root.setCenter(scroll);
        runPrepared(RunInfo.NONE);
    }

    @Override
    public String title() {
        return "Confusion matrix";
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
        return info.classification();
    }

    @Override
    public void runPrepared(RunInfo info) {
        run = info;
        latest = null;
        matrix = null;
        grid.build(info.classNames());
        samples.prepare(info.classNames(), new Thumbnails(info.evaluated()));
        closeList();
        caption.setText(info == RunInfo.NONE || info.classNames().isEmpty()
                ? "The confusion matrix appears after the first epoch."
                : "Filled after the first epoch from the " + info.evaluated().name() + " part.");
    }

    @Override
    public void apply(List<TrainingEvent> events) {
        EvaluationSnapshot newest = null;
        for (TrainingEvent e : events) {
            if (e instanceof EvaluationSnapshot s) {
                newest = s;
            }
        }
        if (newest != null && newest.actual().length > 0) {
            latest = newest;
            throttle.request();
        }
    }

    private void redraw() {
        if (latest == null) {
            return;
        }
        matrix = ConfusionMatrix.of(run.classNames().size(), latest);
        grid.show(matrix, run.classNames());
        caption.setText(String.format(Locale.ROOT, "%s, epoch %d: %,d of %,d right (%.1f %%)%s",
                capitalised(latest.part()), latest.epoch() + 1, matrix.correct(), matrix.total(),
                100 * matrix.accuracy(), latest.size() < latest.partSize()
                        ? String.format(Locale.ROOT, ", first %,d of %,d samples", latest.size(), latest.partSize())
                        : ""));
        if (selectedRow >= 0) {
            listCell();
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void cellClicked(int row, int column) {
        selectedRow = row;
        selectedColumn = column;
        grid.select(row, column);
        root.setRight(samples);
        hint.setVisible(false);
        if (matrix != null) {
            listCell();
        } else {
            samples.show("No answers yet: train for an epoch first.", List.of());
        }
    }

    private void listCell() {
        List<SampleAnswer> answers = new ArrayList<>();
        for (int i : matrix.samples(selectedRow, selectedColumn)) {
            answers.add(SampleAnswer.of(latest, i));
        }
        answers.sort(SampleAnswer.MOST_CONFIDENT_FIRST);
        List<String> names = run.classNames();
        samples.show(String.format(Locale.ROOT, "%s → %s: %d sample%s", names.get(selectedRow),
                names.get(selectedColumn), answers.size(), answers.size() == 1 ? "" : "s"), answers);
    }

    private void closeList() {
        selectedRow = -1;
        selectedColumn = -1;
        grid.select(-1, -1);
        root.setRight(null);
        hint.setVisible(true);
    }

    /** The matrix now shown, or null before the first epoch; for tests. */
    public ConfusionMatrix matrix() {
        return matrix;
    }

    /** The samples listed for the clicked cell (empty when none is); for tests. */
    public List<SampleAnswer> listedSamples() {
        return root.getRight() == null ? List.of() : samples.listed();
    }

    @Override
    public void exportPng(Path file) throws IOException {
        WritableImage image = root.snapshot(null, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    /** The matrix as shown: one row per true class, one column per predicted class. */
    @Override
    public void exportCsv(Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("true_class"));
        run.classNames().forEach(c -> header.add("predicted_" + c));
        ConfusionMatrix m = matrix;
        CsvExport.write(file, header, out -> {
            if (m == null) {
                return;
            }
            for (int a = 0; a < m.classes(); a++) {
                List<Object> row = new ArrayList<>(List.of(run.classNames().get(a)));
                for (int p = 0; p < m.classes(); p++) {
                    row.add(m.count(a, p));
                }
                out.printRecord(row);
            }
        });
    }
}
