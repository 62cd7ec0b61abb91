package org.perceptra.data;

import java.util.List;
import java.util.Optional;
import org.perceptra.model.DataSignature;
import org.perceptra.model.ParamSpec;

/**
 * Where a project's samples come from. A plain description: loading happens in the loaders (issue 3).
 * {@link #signature()} is known without reading files for generators and bundled sets; for user files it is
 * known only once loaded.
 */
public sealed interface DataSource {
    /** Short name for files and messages: generator, bundled, csv, idx, image-folder, none. */
    String type();

    Optional<DataSignature> signature();

    /**
     * What makes this source unusable whatever its files hold (a sample count or noise out of range, a reshape
     * that loses values, an image size of 0), as a sentence; empty when there is none. A source still being
     * chosen (an empty path) is no problem here: loading it says what is missing.
     */
    default Optional<String> problem() {
        return Optional.empty();
    }

    /** No dataset attached yet. */
    record None() implements DataSource {
        @Override
        public String type() {
            return "none";
        }

        @Override
        public Optional<DataSignature> signature() {
            return Optional.empty();
        }
    }

    /** A synthetic set made by one of the {@link Generator}s. */
    record Generated(Generator generator, int count, double noise, long seed) implements DataSource {
        public static final int MAX_COUNT = 1_000_000;

        @Override
        public String type() {
            return "generator";
        }

        @Override
        public Optional<String> problem() {
            int least = generator.signature().isClassification() ? 2 : 1;
            if (count < least || count > MAX_COUNT) {
                return Optional.of("The " + generator.id() + " generator makes from " + least + " to " + MAX_COUNT
                        + " samples, not " + count + ".");
            }
            if (!(noise >= 0 && noise <= SyntheticData.MAX_NOISE)) {
                return Optional.of("Noise must be from 0 to " + SyntheticData.MAX_NOISE + ", not " + noise + ".");
            }
            return Optional.empty();
        }

        @Override
        public Optional<DataSignature> signature() {
            return Optional.of(generator.signature());
        }
    }

    /**
     * One of the datasets shipped inside the product, optionally reshaped (digits as [1, 8, 8] images, MNIST as
     * [784] vectors).
     */
    record Bundled(BundledDataset dataset, List<Integer> featureShape) implements DataSource {
        public Bundled {
            featureShape = featureShape == null ? List.of() : List.copyOf(featureShape);
        }

        @Override
        public String type() {
            return "bundled";
        }

        @Override
        public Optional<String> problem() {
            if (featureShape.size() > 3) {
                return Optional.of("Samples take at most 3 dimensions ([n], [t, f] or [c, h, w]), not "
                        + featureShape.size() + ".");
            }
            if (featureShape.stream().anyMatch(d -> d < 1)) {
                return Optional.of("Every dimension of the sample shape must be at least 1, not " + featureShape + ".");
            }
            try {
                dataset.signature(featureShape);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of("The " + dataset.id() + " " + e.getMessage().replaceFirst("^" + dataset.id() + " ", "")
                        + ".");
            }
        }

        @Override
        public Optional<DataSignature> signature() {
            return Optional.of(dataset.signature(featureShape));
        }
    }

    /** A CSV file chosen by the user: which columns are features, which one is the target. */
    record Csv(String path, List<String> features, String target, boolean classification,
               CsvOptions.MissingValues missing) implements DataSource {
        public Csv {
            features = List.copyOf(features);
            java.util.Objects.requireNonNull(missing, "missing");
        }

        /** Rows with a missing feature are left out, the safe default. */
        public Csv(String path, List<String> features, String target, boolean classification) {
            this(path, features, target, classification, CsvOptions.MissingValues.DROP);
        }

        public Csv withMissing(CsvOptions.MissingValues policy) {
            return new Csv(path, features, target, classification, policy);
        }

        public Csv withColumns(List<String> newFeatures, String newTarget, boolean isClassification) {
            return new Csv(path, newFeatures, newTarget, isClassification, missing);
        }

        @Override
        public String type() {
            return "csv";
        }

        @Override
        public Optional<DataSignature> signature() {
            return Optional.empty();
        }
    }

    /** MNIST-format IDX files (gzipped or not). */
    record Idx(String images, String labels) implements DataSource {
        @Override
        public String type() {
            return "idx";
        }

        @Override
        public Optional<DataSignature> signature() {
            return Optional.empty();
        }
    }

    /** A folder with one subfolder of images per class. */
    record ImageFolder(String path, int width, int height, boolean grey) implements DataSource {
        @Override
        public String type() {
            return "image-folder";
        }

        @Override
        public Optional<String> problem() {
            int most = ParamSpec.ShapeParam.MAX_DIM;
            if (width < 1 || height < 1 || width > most || height > most) {
                return Optional.of("Images are resized to a width and height from 1 to " + most + " pixels, not "
                        + width + " \u00d7 " + height + ".");
            }
            return Optional.empty();
        }

        @Override
        public Optional<DataSignature> signature() {
            return Optional.empty();
        }
    }
}
