package org.perceptra.ui.data;

import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.perceptra.data.Augmentation;
import org.perceptra.data.DatasetSpec;
import org.perceptra.ui.forms.CommitField;
import org.perceptra.ui.forms.FormGrid;

/**
 * Random changes to training images (flip, shift, small rotation), shown only for image data. Training sees a
 * slightly different picture each epoch, which fights overfitting; validation and test always see the originals.
 */
final class AugmentationForm {
    /** More than a quarter of an 8x8 digit moves it off the picture. */
    static final int MAX_SHIFT = 8;

    private final Function<DatasetSpec, Optional<String>> apply;
    private final CheckBox flip = new CheckBox("Mirror left-right at random");
    private final CommitField shift;
    private final CommitField rotation;
    private final VBox view = new VBox();
    private DatasetSpec shown;
    private boolean showing;

    AugmentationForm(Function<DatasetSpec, Optional<String>> apply) {
        this.apply = apply;
        flip.setWrapText(true);
        flip.setId("augment-flip");
        shift = new CommitField(text -> whole(text).filter(v -> v >= 0 && v <= MAX_SHIFT)
                .map(v -> change(shown.augmentation().flip(), v, shown.augmentation().maxDegrees()))
                .orElseGet(() -> Optional.of("The shift must be a whole number of pixels from 0 to " + MAX_SHIFT
                        + ", not \"" + text.trim() + "\".")));
        shift.setId("augment-shift");
        rotation = new CommitField(text -> number(text).filter(v -> v >= 0 && v <= Augmentation.MAX_DEGREES)
                .map(v -> change(shown.augmentation().flip(), shown.augmentation().maxShift(), v))
                .orElseGet(() -> Optional.of("The rotation must be from 0 to " + (int) Augmentation.MAX_DEGREES
                        + " degrees, not \"" + text.trim() + "\". Beyond that a 6 starts to look like a 9.")));
        rotation.setId("augment-rotation");
        flip.selectedProperty().addListener((o, was, is) -> {
            if (!showing) {
                change(is, shown.augmentation().maxShift(), shown.augmentation().maxDegrees());
            }
        });
        FormGrid grid = new FormGrid();
        grid.section("Vary training images");
        grid.row("_Mirror", flip, "Mirror training images at random. Good for photos of objects; wrong for digits and"
                + " letters, which mean something else mirrored.");
        grid.row("Shif_t (pixels)", shift, "Move each training image by up to this many pixels in every direction."
                + " 0 turns it off.");
        grid.row("Tur_n (degrees)", rotation, "Turn each training image by up to this many degrees either way."
                + " 0 turns it off.");
        view.getChildren().add(grid);
        view.managedProperty().bind(view.visibleProperty());
        view.setVisible(false);
    }

    Node view() {
        return view;
    }

    /** Shows the spec's augmentation; the whole form only when the samples are images. */
    void show(DatasetSpec spec, boolean images) {
        shown = spec;
        view.setVisible(images);
        showing = true;
        try {
            flip.setSelected(spec.augmentation().flip());
            shift.show(String.valueOf(spec.augmentation().maxShift()));
            rotation.show(trim(spec.augmentation().maxDegrees()));
        } finally {
            showing = false;
        }
    }

    private Optional<String> change(boolean mirror, int pixels, double degrees) {
        return apply.apply(shown.withAugmentation(new Augmentation(mirror, pixels, degrees)));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static Optional<Integer> whole(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(String text) {
        try {
            double v = Double.parseDouble(text.trim().replace("°", ""));
            return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
