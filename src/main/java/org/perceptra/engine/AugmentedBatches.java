package org.perceptra.engine;

import org.perceptra.data.Augmentation;
import org.perceptra.data.Augmenter;

/**
 * Training batches of images changed by an {@link Augmentation} (flip, shift, small rotation) before each step:
 * every epoch sees other variants of the same images. Only the training loop's steps go through here; evaluation
 * of every part, the training part included, reads the images as they are. The augmenter draws from the run's
 * seed, so the same seed gives the same batches and the same losses.
 */
final class AugmentedBatches {
    /** Keeps the augmenter's draws apart from the shuffle's, which uses the seed itself. */
    private static final long SEED_OFFSET = 0x5eed_a06L;

    private final TrainingArrays train;
    private final Augmenter augmenter;
    private final int sampleSize;
    private final int labelSize;

    AugmentedBatches(TrainingArrays train, Augmentation augmentation, long seed) {
        this.train = train;
        this.augmenter = augmentation.augmenter(train.featureShape(), seed + SEED_OFFSET);
        this.sampleSize = (int) train.featureShape().size();
        this.labelSize = (int) train.labelShape().size();
    }

    /** The rows' images, augmented, and their labels unchanged: row-major, one sample after another. */
    Rows batch(int[] rows) {
        float[] x = new float[rows.length * sampleSize];
        float[] y = new float[rows.length * labelSize];
        train.copyRows(rows, x, y);
        augmenter.augmentInPlace(x, 0, rows.length);
        return new Rows(x, y, rows.length);
    }

    /** Draws as for {@code images} augmented images, changing none (a resumed run catching up). */
    void skip(long images) {
        augmenter.skip(images);
    }

    /** One training step on the augmented rows. */
    double fit(CompiledNetwork network, int[] rows) {
        Rows b = batch(rows);
        return network.fitBatch(b.features(), b.labels(), b.count());
    }

    record Rows(float[] features, float[] labels, int count) {
    }
}
