package org.perceptra.data;

import org.perceptra.model.Shape;

/**
 * Random changes to training images that keep their class: a horizontal flip, a shift by up to
 * {@code maxShift} pixels each way, a rotation by up to {@code maxDegrees} either way. For training batches only:
 * validation and test must see the images as they are, or their scores would vary from run to run. (Flips suit
 * photos, not digits: a flipped 2 is no 2; the student chooses.)
 */
public record Augmentation(boolean flip, int maxShift, double maxDegrees) {
    public static final Augmentation NONE = new Augmentation(false, 0, 0);
    /** Beyond this a rotation no longer counts as small: a 6 turns into a 9. */
    public static final double MAX_DEGREES = 30;

    public Augmentation {
        if (maxShift < 0) {
            throw new IllegalArgumentException("the shift must not be negative, not " + maxShift);
        }
        if (!(maxDegrees >= 0 && maxDegrees <= MAX_DEGREES)) {
            throw new IllegalArgumentException("the rotation must be from 0 to " + MAX_DEGREES + " degrees, not "
                    + maxDegrees);
        }
    }

    public boolean isNone() {
        return !flip && maxShift == 0 && maxDegrees == 0;
    }

    /**
     * An augmenter for images of {@code shape} ({@code [C, H, W]}), drawing its random choices from {@code seed}.
     *
     * @throws IllegalArgumentException if the shape is not an image
     */
    public Augmenter augmenter(Shape shape, long seed) {
        if (!shape.isImage()) {
            throw new IllegalArgumentException("augmentation works on images [C, H, W], not on " + shape);
        }
        return new Augmenter(this, shape, seed);
    }
}
