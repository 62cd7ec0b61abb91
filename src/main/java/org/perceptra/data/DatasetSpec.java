package org.perceptra.data;

import java.util.Objects;

/**
 * A project's data: where it comes from, how it is split, how features are scaled, and how training images are
 * varied. Scaling is fitted on the training part only; augmentation applies to training batches only.
 */
public record DatasetSpec(DataSource source, Split split, Normalization normalization, Augmentation augmentation) {
    public enum Normalization {
        NONE("none"), ZSCORE("zscore"), MINMAX("minmax");

        private final String id;

        Normalization(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static java.util.Optional<Normalization> byId(String id) {
            return java.util.Arrays.stream(values()).filter(n -> n.id.equals(id)).findFirst();
        }
    }

    /**
     * Fractions held out for validation and testing; the rest trains. {@code folds} above 1 means k-fold
     * cross-validation instead of a fixed validation part.
     */
    public record Split(double validation, double test, boolean stratify, int folds, long seed) {
        public static final Split DEFAULT = new Split(0.2, 0.0, true, 1, 42);

        public Split {
            if (!(validation >= 0 && test >= 0 && validation + test < 1)) {
                throw new IllegalArgumentException("validation (" + validation + ") and test (" + test
                        + ") fractions must be at least 0 and leave something to train on");
            }
            if (folds < 1 || folds > 20) {
                throw new IllegalArgumentException("folds must be from 1 to 20, not " + folds);
            }
        }
    }

    public DatasetSpec {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(augmentation, "augmentation");
    }

    /** Without augmentation. */
    public DatasetSpec(DataSource source, Split split, Normalization normalization) {
        this(source, split, normalization, Augmentation.NONE);
    }

    /**
     * What makes this spec unusable, as a sentence: a problem of its source, or augmentation asked of data
     * known not to be images. Empty when there is none (the split and augmentation refuse bad values themselves).
     */
    public java.util.Optional<String> problem() {
        var source = this.source.problem();
        if (source.isPresent()) {
            return source;
        }
        boolean notImages = this.source.signature().map(s -> !s.features().isImage()).orElse(false);
        if (!augmentation.isNone() && notImages) {
            return java.util.Optional.of("Augmentation (flip, shift, rotation) changes images of shape [channels, "
                    + "height, width], but these samples are " + this.source.signature().get().features() + ".");
        }
        return java.util.Optional.empty();
    }

    public DatasetSpec withAugmentation(Augmentation a) {
        return new DatasetSpec(source, split, normalization, a);
    }

    /**
     * Another source, keeping split, scaling and augmentation; augmentation is dropped when the new source is
     * known not to be images, where it cannot apply.
     */
    public DatasetSpec withSource(DataSource s) {
        boolean notImages = s.signature().map(sig -> !sig.features().isImage()).orElse(false);
        return new DatasetSpec(s, split, normalization, notImages ? Augmentation.NONE : augmentation);
    }

    public DatasetSpec withSplit(Split s) {
        return new DatasetSpec(source, s, normalization, augmentation);
    }

    public DatasetSpec withNormalization(Normalization n) {
        return new DatasetSpec(source, split, n, augmentation);
    }

    public static DatasetSpec none() {
        return new DatasetSpec(new DataSource.None(), Split.DEFAULT, Normalization.NONE);
    }

    public static DatasetSpec of(DataSource source) {
        return new DatasetSpec(source, Split.DEFAULT, Normalization.ZSCORE);
    }
}
