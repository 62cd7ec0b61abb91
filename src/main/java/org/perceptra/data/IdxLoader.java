package org.perceptra.data;

import java.nio.file.Path;
import org.perceptra.data.IdxReader.IdxArray;
import org.perceptra.model.Shape;

/**
 * Pairs an IDX image file with its label file into a {@link Dataset} of {@code [1, rows, columns]} images with
 * values 0..1 (the bytes divided by 255) and one class per label value (0 up to the largest label).
 */
public final class IdxLoader {
    private static final float[] BYTE_TO_UNIT = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            BYTE_TO_UNIT[i] = i / 255f;
        }
    }

    private IdxLoader() {
    }

    public static Dataset load(Path images, Path labels) throws DataException {
        return combine(IdxReader.read(images), name(images), IdxReader.read(labels), name(labels));
    }

    static Dataset combine(IdxArray images, String imagesName, IdxArray labels, String labelsName)
            throws DataException {
        checkKind(images, imagesName, IdxReader.IMAGES_MAGIC, "images");
        checkKind(labels, labelsName, IdxReader.LABELS_MAGIC, "labels");
        if (images.count() != labels.count()) {
            throw new DataException(imagesName, "There are " + images.count() + " images but " + labels.count()
                    + " labels in " + labelsName + ": the two files do not belong together.");
        }
        int[] dims = images.dims();
        Shape shape = Shape.of(1, dims[1], dims[2]);
        byte[] pixels = images.data();
        float[] features = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            features[i] = BYTE_TO_UNIT[pixels[i] & 0xff];
        }
        int[] classes = new int[labels.count()];
        int largest = 0;
        for (int i = 0; i < classes.length; i++) {
            classes[i] = labels.value(i);
            largest = Math.max(largest, classes[i]);
        }
        if (largest == 0) {
            throw new DataException(labelsName, "Every label is 0: a classifier needs at least two classes.");
        }
        return Dataset.classesOwned(features, shape, classes, java.util.List.of()).withTargetName("label")
                .withDescription(imagesName + " and " + labelsName + " (IDX, " + classes.length + " images of "
                        + dims[1] + "×" + dims[2] + ")");
    }

    private static void checkKind(IdxArray array, String name, int magic, String kind) throws DataException {
        if (array.magic() == magic) {
            return;
        }
        String found = array.magic() == IdxReader.IMAGES_MAGIC ? "an images file (magic 2051)"
                : array.magic() == IdxReader.LABELS_MAGIC ? "a labels file (magic 2049)"
                : "an IDX file with " + array.dims().length + " dimensions (magic " + array.magic() + ")";
        throw new DataException(name, "This is " + found + ", but it was chosen as the " + kind + " (magic " + magic
                + "). Check which file is which.");
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
