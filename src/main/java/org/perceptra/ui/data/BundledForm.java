package org.perceptra.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.DataSource;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetLoader;
import org.perceptra.model.DataSignature;
import org.perceptra.model.ParamSpec;
import org.perceptra.ui.forms.CommitField;
import org.perceptra.ui.forms.FormGrid;
import org.perceptra.ui.forms.Note;
import org.perceptra.ui.forms.NumberText;

/**
 * One of the data sets shipped with Perceptra, optionally reshaped (the 8 × 8 digits as images for a
 * convolution), with where it comes from and a look at its first samples: pictures for images, rows for tables.
 */
final class BundledForm implements SourceForm {
    private static final ParamSpec.ShapeParam SHAPE = ParamSpec.shape("featureShape", "Sample shape", List.of(1), 1, 3,
            "");

    private final Context context;
    private final BackgroundLoad load;
    private final ComboBox<BundledDataset> dataset = new ComboBox<>();
    private final Label summary = new Label();
    private final Label provenance = new Label();
    private final CommitField shape;
    private final SampleGrid samples = new SampleGrid();
    private final RowsTable rows = new RowsTable();
    private final VBox problem = new VBox();
    private final VBox view = new VBox(10);
    private DataSource.Bundled shown;
    private boolean showing;

    BundledForm(Context context) {
        this.context = context;
        this.load = new BackgroundLoad(context.executor());
        shape = new CommitField(this::commitShape);
        dataset.getItems().setAll(BundledDataset.values());
        dataset.setConverter(new Names());
        dataset.setMaxWidth(Double.MAX_VALUE);
        dataset.valueProperty().addListener((o, old, picked) -> {
            if (!showing && picked != null) {
                context.apply().apply(new DataSource.Bundled(picked, List.of()));
            }
        });
        summary.setWrapText(true);
        provenance.setWrapText(true);
        provenance.getStyleClass().addAll("muted", "provenance");
        FormGrid grid = new FormGrid();
        grid.row("_Data set", dataset, new VBox(4, dataset, summary),
                "Data sets that come with Perceptra, small enough to train in seconds to minutes.");
        grid.row("Sample shape", shape, "Leave empty for the natural shape. The same values can be read as another"
                + " shape, e.g. the 64 pixels of a digit as 1, 8, 8 for a convolution.");
        problem.managedProperty().bind(problem.visibleProperty());
        view.getChildren().addAll(grid, provenance, problem, samples, rows);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void show(DataSource source) {
        DataSource.Bundled b = (DataSource.Bundled) source;
        if (b.equals(shown)) {
            return;
        }
        shown = b;
        showing = true;
        try {
            dataset.setValue(b.dataset());
            shape.show(b.featureShape().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            shape.field().setPromptText(dims(b.dataset().naturalShape().toList()) + " (natural)");
        } finally {
            showing = false;
        }
        provenance.setText("Source: " + b.dataset().provenance());
        problem.setVisible(false);
        try {
            summary.setText(describe(b.signature().orElseThrow()));
        } catch (IllegalArgumentException e) {
            summary.setText("");
            showProblem(e.getMessage());
        }
        samples.clear();
        rows.clear();
        load.run(() -> DatasetLoader.load(b, null), this::preview, e -> showProblem(e.getMessage()));
    }

    private void preview(Dataset data) {
        if (SampleImages.drawable(data.featureShape())) {
            samples.show(SampleImages.tiles(data, 20));
        } else {
            rows.show(columns(data), firstRows(data));
        }
        summary.setText(NumberText.count(data.size()) + " samples. " + describe(data.signature()));
    }

    private void showProblem(String message) {
        problem.getChildren().setAll(Note.error(message));
        problem.setVisible(true);
    }

    private Optional<String> commitShape(String text) {
        if (text.isBlank()) {
            return context.apply().apply(new DataSource.Bundled(shown.dataset(), List.of()));
        }
        ParamSpec.Coerced c = SHAPE.coerce(text);
        if (!c.ok()) {
            return Optional.of(c.problem() + ".");
        }
        Optional<String> bad = SHAPE.check(c.value());
        if (bad.isPresent()) {
            return Optional.of(bad.get() + ".");
        }
        @SuppressWarnings("unchecked")
        List<Integer> dims = (List<Integer>) c.value();
        try {
            shown.dataset().signature(dims);
        } catch (IllegalArgumentException e) {
            return Optional.of(Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1) + ".");
        }
        return context.apply().apply(new DataSource.Bundled(shown.dataset(), dims));
    }

    static String describe(DataSignature s) {
        String targets = s.isClassification() && !s.classNames().isEmpty() && s.classNames().size() <= 4
                ? s.describeTargets() + " (" + String.join(", ", s.classNames()) + ")"
                : s.describeTargets();
        return "Samples are " + s.features() + " " + s.features().describeKind() + "s; " + targets + ".";
    }

    private static String dims(List<Integer> d) {
        return d.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static List<String> columns(Dataset data) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < data.sampleSize(); i++) {
            names.add(data.featureName(i));
        }
        names.add(data.targetName());
        return names;
    }

    private static List<List<String>> firstRows(Dataset data) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < Math.min(RowsTable.ROWS, data.size()); r++) {
            List<String> row = new ArrayList<>();
            for (float v : data.sample(r)) {
                row.add(cell(v));
            }
            row.add(data.isClassification() ? data.classNames().get(data.classOf(r)) : cell(data.value(r, 0)));
            out.add(row);
        }
        return out;
    }

    /** 5.1f reads "5.1", not "5.099999904632568"; 3.0f reads "3". */
    static String cell(float v) {
        String s = Float.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static final class Names extends StringConverter<BundledDataset> {
        @Override
        public String toString(BundledDataset d) {
            if (d == null) {
                return "";
            }
            return switch (d) {
                case IRIS -> "Iris flowers";
                case DIGITS -> "Handwritten digits, 8 × 8";
                case DIABETES -> "Diabetes progression";
                case MNIST_10K -> "MNIST digits, 10,000 of 28 × 28";
            };
        }

        @Override
        public BundledDataset fromString(String s) {
            return null;
        }
    }
}
