package org.perceptra.ui.data;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.perceptra.data.DataException;
import org.perceptra.data.DataSource;
import org.perceptra.data.Generator;
import org.perceptra.data.SyntheticData;
import org.perceptra.ui.forms.CommitField;
import org.perceptra.ui.forms.FormGrid;
import org.perceptra.ui.forms.NumberText;

/**
 * Settings of a generated data set (which generator, how many samples, how much noise, which seed) and a live
 * scatter plot of it. Dragging the noise slider redraws the plot at once and makes one edit when released.
 */
final class GeneratorForm implements SourceForm {
    /** Enough points to see the pattern; generating them takes well under a millisecond. */
    static final int PREVIEW_POINTS = 1_000;

    private final Context context;
    private final ComboBox<Generator> generator = new ComboBox<>();
    private final Label description = new Label();
    private final CommitField count;
    private final Slider noise = new Slider(0, SyntheticData.MAX_NOISE, 0.1);
    private final Label noiseValue = new Label();
    private final CommitField seed;
    private final ScatterPreview preview = new ScatterPreview();
    private final Label previewNote = new Label();
    private final VBox view = new VBox(10);
    private DataSource.Generated shown;
    private boolean showing;

    GeneratorForm(Context context) {
        this.context = context;
        count = new CommitField(this::commitCount);
        seed = new CommitField(this::commitSeed);
        generator.getItems().setAll(Generator.values());
        generator.setConverter(new Names());
        generator.setMaxWidth(Double.MAX_VALUE);
        generator.valueProperty().addListener((o, old, picked) -> {
            if (!showing && picked != null) {
                context.apply().apply(with(picked, shown.count(), shown.noise(), shown.seed()));
            }
        });
        description.setWrapText(true);
        description.getStyleClass().add("muted");
        noise.setBlockIncrement(0.05);
        noise.setMajorTickUnit(0.25);
        noise.valueProperty().addListener((o, old, v) -> noiseMoved());
        noise.valueChangingProperty().addListener((o, was, is) -> {
            if (!is) {
                noiseMoved();
            }
        });
        HBox noiseRow = new HBox(10, noise, noiseValue);
        HBox.setHgrow(noise, Priority.ALWAYS);
        noiseValue.getStyleClass().add("slider-value");
        previewNote.getStyleClass().add("muted");

        FormGrid grid = new FormGrid();
        grid.row("_Generator", generator, new VBox(4, generator, description),
                "The pattern the points follow. Some can be split by a straight line, others need hidden layers.");
        grid.row("Sa_mples", count, "How many points to make, from 2 to " + NumberText.count(DataSource.Generated.MAX_COUNT)
                + ". A few hundred are plenty for a 2-D pattern.");
        grid.row("_Noise", noise, noiseRow, "How much the points are jittered, from 0 (clean) to 1 (barely any"
                + " pattern left). Noise makes the task harder and overfitting visible.");
        grid.row("See_d", seed, "The same seed always makes the same points, so a run can be repeated exactly.");
        preview.getStyleClass().add("data-preview");
        view.getChildren().addAll(grid, preview, previewNote);
    }

    @Override
    public Node view() {
        return view;
    }

    /** The plotted preview (package-private, for tests). */
    ScatterPreview preview() {
        return preview;
    }

    ComboBox<Generator> generatorBox() {
        return generator;
    }

    @Override
    public void show(DataSource source) {
        DataSource.Generated g = (DataSource.Generated) source;
        if (g.equals(shown)) {
            return;
        }
        shown = g;
        showing = true;
        try {
            generator.setValue(g.generator());
            description.setText(g.generator().description() + " (" + g.generator().signature().describeTargets()
                    + ")");
            count.show(String.valueOf(g.count()));
            noise.setValue(g.noise());
            seed.show(String.valueOf(g.seed()));
        } finally {
            showing = false;
        }
        draw(g.noise());
        context.loaded().accept(g.signature().orElse(null));
    }

    private void noiseMoved() {
        double value = Math.round(noise.getValue() * 100) / 100.0;
        noiseValue.setText(String.format(Locale.ROOT, "%.2f", value));
        if (showing || shown == null) {
            return;
        }
        draw(value);
        if (!noise.isValueChanging() && value != shown.noise()) {
            context.apply().apply(with(shown.generator(), shown.count(), value, shown.seed()));
        }
    }

    private void draw(double noiseLevel) {
        noiseValue.setText(String.format(Locale.ROOT, "%.2f", noiseLevel));
        int n = Math.min(shown.count(), PREVIEW_POINTS);
        try {
            preview.show(SyntheticData.generate(shown.generator(), Math.max(n, 2), noiseLevel, shown.seed()));
        } catch (DataException e) {
            preview.show(null);
        }
        previewNote.setText(shown.count() > PREVIEW_POINTS
                ? "Showing " + NumberText.count(PREVIEW_POINTS) + " of " + NumberText.count(shown.count()) + " points."
                : NumberText.count(shown.count()) + " points.");
    }

    private Optional<String> commitCount(String text) {
        int least = shown.generator().signature().isClassification() ? 2 : 1;
        String allowed = "Samples must be a whole number from " + least + " to "
                + NumberText.count(DataSource.Generated.MAX_COUNT);
        int n;
        try {
            n = Integer.parseInt(text.trim().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            return Optional.of(allowed + ", not \"" + text.trim() + "\".");
        }
        if (n < least || n > DataSource.Generated.MAX_COUNT) {
            return Optional.of(allowed + ", not " + n + ".");
        }
        return context.apply().apply(with(shown.generator(), n, shown.noise(), shown.seed()));
    }

    private Optional<String> commitSeed(String text) {
        try {
            return context.apply().apply(with(shown.generator(), shown.count(), shown.noise(),
                    Long.parseLong(text.trim())));
        } catch (NumberFormatException e) {
            return Optional.of("The seed must be a whole number, not \"" + text.trim() + "\".");
        }
    }

    private static DataSource.Generated with(Generator g, int count, double noiseLevel, long seedValue) {
        return new DataSource.Generated(g, count, noiseLevel, seedValue);
    }

    /** "two-moons" reads "Two moons" in the list; "regression-plane" reads "Regression: plane". */
    static String title(Generator g) {
        String words = g.id().replace("regression-", "regression: ").replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static final class Names extends StringConverter<Generator> {
        @Override
        public String toString(Generator g) {
            return g == null ? "" : title(g);
        }

        @Override
        public Generator fromString(String s) {
            return null;
        }
    }
}
