package org.perceptra.data;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.perceptra.model.DataSignature;
import org.perceptra.model.Shape;

/**
 * Loaded samples as plain arrays: features of all samples in one {@code float[]} (sample after sample, each
 * {@link #sampleSize()} values in the row-major order of {@link #featureShape()}), and either one class index
 * or {@link #targetSize()} values per sample. Immutable; derived datasets (subsets, reshapes, scaled copies)
 * share nothing mutable. One flat array keeps MNIST 10k at 31 MB and lets the engine copy it in one go.
 */
public final class Dataset {
    private final float[] features;
    private final Shape featureShape;
    private final int sampleSize;
    private final int[] classes;
    private final float[] values;
    private final DataSignature signature;
    private final DatasetLabels labels;

    private Dataset(float[] features, Shape featureShape, int[] classes, float[] values, DataSignature signature,
                    DatasetLabels labels) {
        this.features = features;
        this.featureShape = featureShape;
        this.sampleSize = Math.toIntExact(featureShape.size());
        this.classes = classes;
        this.values = values;
        this.signature = signature;
        this.labels = labels;
    }

    /** A classification dataset; the arrays are copied. Class names may be empty (then "0", "1", ...). */
    public static Dataset ofClasses(float[] features, Shape featureShape, int[] classes, List<String> classNames) {
        return classesOwned(features.clone(), featureShape, classes.clone(), classNames);
    }

    /** A regression dataset with {@code valueCount} target values per sample; the arrays are copied. */
    public static Dataset ofValues(float[] features, Shape featureShape, float[] values, int valueCount) {
        return valuesOwned(features.clone(), featureShape, values.clone(), valueCount);
    }

    /** Takes ownership of the arrays: for loaders that built them and keep no reference. */
    static Dataset classesOwned(float[] features, Shape shape, int[] classes, List<String> classNames) {
        int count = classNames.isEmpty() ? Arrays.stream(classes).max().orElse(0) + 1 : classNames.size();
        List<String> names = classNames.isEmpty() ? defaultClassNames(count) : classNames;
        checkRows(features, shape, classes.length);
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] < 0 || classes[i] >= count) {
                throw new IllegalArgumentException("sample " + i + " has class " + classes[i] + " of " + count);
            }
        }
        return new Dataset(features, shape, classes, null, DataSignature.classes(shape, names),
                DatasetLabels.named("class"));
    }

    static Dataset valuesOwned(float[] features, Shape shape, float[] values, int valueCount) {
        if (valueCount < 1 || values.length % valueCount != 0) {
            throw new IllegalArgumentException(values.length + " target values do not divide into " + valueCount);
        }
        checkRows(features, shape, values.length / valueCount);
        return new Dataset(features, shape, null, values, DataSignature.values(shape, valueCount),
                DatasetLabels.named("target"));
    }

    private static void checkRows(float[] features, Shape shape, int rows) {
        if ((long) rows * shape.size() != features.length) {
            throw new IllegalArgumentException(features.length + " feature values are not " + rows + " samples of "
                    + shape);
        }
    }

    private static List<String> defaultClassNames(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    public int size() {
        return classes != null ? classes.length : values.length / signature.targetSize();
    }

    public Shape featureShape() {
        return featureShape;
    }

    /** Number of feature values in one sample (the product of the feature shape). */
    public int sampleSize() {
        return sampleSize;
    }

    public DataSignature signature() {
        return signature;
    }

    public boolean isClassification() {
        return classes != null;
    }

    public List<String> classNames() {
        return signature.classNames();
    }

    /** Number of classes (classification) or values per sample (regression). */
    public int targetSize() {
        return signature.targetSize();
    }

    public float feature(int sample, int index) {
        return features[sample * sampleSize + index];
    }

    /** One sample's features, copied. */
    public float[] sample(int sample) {
        return Arrays.copyOfRange(features, sample * sampleSize, (sample + 1) * sampleSize);
    }

    /** Copies one sample's features into {@code dst} at {@code offset}: how the engine fills a batch. */
    public void copySample(int sample, float[] dst, int offset) {
        System.arraycopy(features, sample * sampleSize, dst, offset, sampleSize);
    }

    /** All features, read-only and without copying. */
    public FloatBuffer features() {
        return FloatBuffer.wrap(features).asReadOnlyBuffer();
    }

    /** Class index of a sample. */
    public int classOf(int sample) {
        requireClasses();
        return classes[sample];
    }

    /** All class indices, copied. */
    public int[] classes() {
        requireClasses();
        return classes.clone();
    }

    /** Samples per class, in class order. */
    public int[] classCounts() {
        requireClasses();
        int[] counts = new int[targetSize()];
        for (int c : classes) {
            counts[c]++;
        }
        return counts;
    }

    /** Regression target {@code index} of a sample. */
    public float value(int sample, int index) {
        requireValues();
        return values[sample * targetSize() + index];
    }

    /** All regression targets (sample after sample), copied. */
    public float[] values() {
        requireValues();
        return values.clone();
    }

    private void requireClasses() {
        if (classes == null) {
            throw new IllegalStateException("a regression dataset has values, not classes");
        }
    }

    private void requireValues() {
        if (values == null) {
            throw new IllegalStateException("a classification dataset has classes, not values");
        }
    }

    /** Column names for vector data (may be empty: see {@link #featureName(int)}). */
    public List<String> featureNames() {
        return labels.featureNames();
    }

    /** A name a student recognises: the CSV column, or a position such as "pixel [0, 3, 5]". */
    public String featureName(int index) {
        if (!labels.featureNames().isEmpty()) {
            return labels.featureNames().get(index);
        }
        return FeaturePositions.describe(featureShape, index);
    }

    /** Name of the target column ("species", "label", ...). */
    public String targetName() {
        return labels.targetName();
    }

    /** Where the data comes from, with its provenance. */
    public String description() {
        return labels.description();
    }

    /** What the loader reported: missing values filled in, rows dropped, files skipped. */
    public List<String> notes() {
        return labels.notes();
    }

    public Dataset withFeatureNames(List<String> names) {
        if (!names.isEmpty() && names.size() != sampleSize) {
            throw new IllegalArgumentException(names.size() + " feature names for " + sampleSize + " features");
        }
        return withLabels(labels.withFeatureNames(names));
    }

    public Dataset withTargetName(String name) {
        return withLabels(labels.withTargetName(name));
    }

    public Dataset withDescription(String description) {
        return withLabels(labels.withDescription(description));
    }

    public Dataset withNotes(List<String> notes) {
        return withLabels(labels.withNotes(notes));
    }

    /** The same samples with other class names (same count), e.g. the bundled set's official ones. */
    public Dataset withClassNames(List<String> names) {
        requireClasses();
        if (names.size() != targetSize()) {
            throw new IllegalArgumentException(names.size() + " class names for " + targetSize() + " classes");
        }
        return new Dataset(features, featureShape, classes, values, DataSignature.classes(featureShape, names), labels);
    }

    private Dataset withLabels(DatasetLabels newLabels) {
        return new Dataset(features, featureShape, classes, values, signature, newLabels);
    }

    /**
     * The same values seen as another shape of the same size ([784] ▶ [1, 28, 28]). Feature names only survive
     * when the shape stays a vector.
     */
    public Dataset reshape(Shape shape) {
        if (shape.size() != sampleSize) {
            throw new IllegalArgumentException("samples of " + featureShape + " cannot be reshaped to " + shape);
        }
        DatasetLabels kept = shape.isVector() ? labels : labels.withFeatureNames(List.of());
        return new Dataset(features, shape, classes, values, withShape(signature, shape), kept);
    }

    /** The samples at {@code rows}, in that order (copied). */
    public Dataset subset(int[] rows) {
        return new Dataset(gather(features, sampleSize, rows), featureShape,
                classes == null ? null : gather(classes, rows),
                values == null ? null : gather(values, targetSize(), rows), signature, labels);
    }

    /** Same targets and labels with new features of the same shape (taken, not copied). */
    Dataset withFeaturesOwned(float[] newFeatures) {
        checkRows(newFeatures, featureShape, size());
        return new Dataset(newFeatures, featureShape, classes, values, signature, labels);
    }

    /** Rows of {@code stride} values each, picked by index. */
    private static float[] gather(float[] source, int stride, int[] rows) {
        float[] out = new float[rows.length * stride];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(source, rows[i] * stride, out, i * stride, stride);
        }
        return out;
    }

    private static int[] gather(int[] source, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = source[rows[i]];
        }
        return out;
    }

    private static DataSignature withShape(DataSignature s, Shape shape) {
        return new DataSignature(shape, s.targetKind(), s.targetSize(), s.classNames());
    }

    @Override
    public String toString() {
        return size() + " samples of " + featureShape + ", " + signature.describeTargets()
                + (labels.description().isEmpty() ? "" : " (" + labels.description() + ")");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && featureShape.equals(d.featureShape) && signature.equals(d.signature)
                && Arrays.equals(features, d.features) && Arrays.equals(classes, d.classes)
                && Arrays.equals(values, d.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(featureShape, signature, Arrays.hashCode(features));
    }
}
