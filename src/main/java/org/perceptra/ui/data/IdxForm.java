package org.perceptra.ui.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.perceptra.data.DataSource;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetLoader;
import org.perceptra.data.IdxLoader;
import org.perceptra.ui.forms.FormGrid;
import org.perceptra.ui.forms.Note;
import org.perceptra.ui.forms.NumberText;

/**
 * MNIST-format files: one of images, one of labels (gzipped or not). Once both are chosen they are read on the
 * background thread and a grid of the first images with their labels is shown.
 */
final class IdxForm implements SourceForm {
    private static final String[] PATTERNS = {"*-ubyte", "*-ubyte.gz", "*.idx*", "*.gz"};

    private final Context context;
    private final BackgroundLoad load;
    private final FileField images;
    private final FileField labels;
    private final Label status = new Label();
    private final VBox notes = new VBox(6);
    private final SampleGrid grid = new SampleGrid();
    private final VBox view = new VBox(10);
    private DataSource.Idx shown;

    IdxForm(Context context) {
        this.context = context;
        this.load = new BackgroundLoad(context.executor());
        images = new FileField("train-images-idx3-ubyte.gz", false, context.projectFolder(),
                text -> apply(text.trim(), shown.labels()), "IDX files", PATTERNS);
        labels = new FileField("train-labels-idx1-ubyte.gz", false, context.projectFolder(),
                text -> apply(shown.images(), text.trim()), "IDX files", PATTERNS);
        FormGrid form = new FormGrid();
        form.row("_Images", images.text().field(), images, "The IDX file of images, as MNIST and Fashion-MNIST"
                + " publish them (…-images-idx3-ubyte, gzipped or not).");
        form.row("_Labels", labels.text().field(), labels, "The IDX file with one class number per image, in the"
                + " same order (…-labels-idx1-ubyte).");
        status.getStyleClass().add("muted");
        status.managedProperty().bind(status.visibleProperty());
        view.getChildren().addAll(form, status, notes, grid);
    }

    @Override
    public Node view() {
        return view;
    }

    private Optional<String> apply(String imagesPath, String labelsPath) {
        return context.apply().apply(new DataSource.Idx(imagesPath, labelsPath));
    }

    @Override
    public void show(DataSource source) {
        DataSource.Idx idx = (DataSource.Idx) source;
        if (idx.equals(shown)) {
            return;
        }
        shown = idx;
        images.show(idx.images());
        labels.show(idx.labels());
        grid.clear();
        context.loaded().accept(null);
        if (idx.images().isBlank() || idx.labels().isBlank()) {
            load.cancel();
            status.setVisible(false);
            notes.getChildren().setAll(Note.info("Choose both files: the images and their labels."));
            return;
        }
        notes.getChildren().clear();
        status.setText("Reading the images …");
        status.setVisible(true);
        Path folder = context.folder();
        load.run(() -> {
            Dataset data = IdxLoader.load(DatasetLoader.resolve(idx.images(), folder),
                    DatasetLoader.resolve(idx.labels(), folder));
            return new Loaded(data, SampleImages.tiles(data, 20));
        }, this::display, failure -> {
            status.setVisible(false);
            notes.getChildren().setAll(Note.error(CsvForm.message(failure)));
        });
    }

    private void display(Loaded loaded) {
        status.setVisible(false);
        Dataset data = loaded.data();
        notes.getChildren().setAll(Note.info(NumberText.count(data.size()) + " images of " + data.featureShape()
                + "; " + data.signature().describeTargets() + "."));
        grid.show(loaded.tiles());
        context.loaded().accept(data.signature());
    }

    private record Loaded(Dataset data, List<SampleGrid.Tile> tiles) {
    }
}
