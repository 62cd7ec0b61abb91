package org.perceptra.data;

import java.util.List;
import java.util.Optional;
import org.perceptra.model.DataSignature;

/**
 * Where a project's samples come from. A plain description: loading happens in the loaders (issue 3).
 * {@link #signature()} is known without reading files for generators and bundled sets; for user files it is
 * known only once loaded.
 */
public sealed interface DataSource {
    /** Short name for files and messages: generator, bundled, csv, idx, image-folder, none. */
    String type();

    Optional<DataSignature> signature();

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
        public Optional<DataSignature> signature() {
            return Optional.empty();
        }
    }
}
