package org.perceptra.ui.data;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetLoader;
import org.perceptra.data.ImageFolderLoader;
import org.perceptra.model.DataSignature;
import org.perceptra.model.Shape;
import org.perceptra.ui.forms.CommitField;
import org.perceptra.ui.forms.FormGrid;
import org.perceptra.ui.forms.Note;

/**
 * A folder with one subfolder of pictures per class, the size pictures are scaled to, and grey or colour; with
 * a grid of a few pictures of each class, read in the background.
 */
final class ImageFolderForm implements SourceForm {
    private final Context context;
    private final BackgroundLoad load;
    private final FileField folder;
    private final CommitField width;
    private final CommitField height;
    private final CheckBox grey = new CheckBox("Grey (one channel)");
    private final Label status = new Label();
    private final VBox notes = new VBox(6);
    private final SampleGrid grid = new SampleGrid();
    private final VBox view = new VBox(10);
    private DataSource.ImageFolder shown;
    private boolean showing;

    ImageFolderForm(Context context) {
        this.context = context;
        this.load = new BackgroundLoad(context.executor());
        folder = new FileField("a folder with one subfolder per class", true, context.projectFolder(),
                text -> apply(text.trim(), shown.width(), shown.height(), shown.grey()), "", "*");
        width = new CommitField(text -> side(text).map(w -> apply(shown.path(), w, shown.height(), shown.grey()))
                .orElseGet(() -> sideProblem(text, "Width")));
        height = new CommitField(text -> side(text).map(h -> apply(shown.path(), shown.width(), h, shown.grey()))
                .orElseGet(() -> sideProblem(text, "Height")));
        grey.selectedProperty().addListener((o, was, is) -> {
            if (!showing) {
                apply(shown.path(), shown.width(), shown.height(), is);
            }
        });
        FormGrid form = new FormGrid();
        form.row("F_older", folder.text().field(), folder, "Inside it, one folder per class named after the class"
                + " (cat, dog, ...), each holding that class's pictures.");
        form.row("_Width", width, "Every picture is scaled to this many pixels across. Small sizes (28 to 64) train"
                + " fast.");
        form.row("Hei_ght", height, "Every picture is scaled to this many pixels down.");
        form.row("Colour", grey, "Grey pictures have one channel, colour pictures three (red, green, blue).");
        status.getStyleClass().add("muted");
        status.managedProperty().bind(status.visibleProperty());
        view.getChildren().addAll(form, status, notes, grid);
    }

    @Override
    public Node view() {
        return view;
    }

    private Optional<String> apply(String path, int w, int h, boolean isGrey) {
        return context.apply().apply(new DataSource.ImageFolder(path, w, h, isGrey));
    }

    /** The side as a number, or empty when it is not one within range (then {@link #sideProblem} says why). */
    private static Optional<Integer> side(String text) {
        try {
            int v = Integer.parseInt(text.trim());
            return v >= 1 && v <= ImageFolderLoader.MAX_SIDE ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> sideProblem(String text, String what) {
        return Optional.of(what + " must be a whole number of pixels from 1 to " + ImageFolderLoader.MAX_SIDE
                + ", not \"" + text.trim() + "\".");
    }

    @Override
    public void show(DataSource source) {
        DataSource.ImageFolder f = (DataSource.ImageFolder) source;
        if (f.equals(shown)) {
            return;
        }
        boolean sameFolder = shown != null && shown.path().equals(f.path());
        shown = f;
        showing = true;
        try {
            folder.show(f.path());
            width.show(String.valueOf(f.width()));
            height.show(String.valueOf(f.height()));
            grey.setSelected(f.grey());
        } finally {
            showing = false;
        }
        if (f.path().isBlank()) {
            load.cancel();
            grid.clear();
            status.setVisible(false);
            context.loaded().accept(null);
            notes.getChildren().setAll(Note.info("Choose a folder with one subfolder of pictures per class."));
            return;
        }
        if (!sameFolder) {
            grid.clear();
            notes.getChildren().clear();
        }
        status.setText("Looking into " + f.path() + " …");
        status.setVisible(true);
        Path project = context.folder();
        load.run(() -> FolderSamples.of(DatasetLoader.resolve(f.path(), project)), this::display, failure -> {
            status.setVisible(false);
            grid.clear();
            context.loaded().accept(null);
            notes.getChildren().setAll(Note.error(CsvForm.message(failure)));
        });
    }

    private void display(FolderSamples found) {
        status.setVisible(false);
        String perClass = IntStream.range(0, found.classes().size())
                .mapToObj(i -> found.classes().get(i) + " " + found.counts().get(i)).collect(Collectors.joining(", "));
        int total = found.counts().stream().mapToInt(Integer::intValue).sum();
        Shape shape = Shape.of(shown.grey() ? 1 : 3, shown.height(), shown.width());
        notes.getChildren().setAll(Note.info(total + " pictures in " + found.classes().size() + " classes (" + perClass
                + "), each becoming " + shape + "."));
        grid.show(found.tiles());
        context.loaded().accept(DataSignature.classes(shape, found.classes()));
    }
}
