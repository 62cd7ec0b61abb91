package org.perceptra.data;

import java.util.Arrays;
import java.util.Objects;
import org.perceptra.data.DatasetSpec.Normalization;
import org.perceptra.model.Shape;

/**
 * Feature scaling fitted on the training part and applied unchanged to validation, test and any new sample at
 * prediction time, so that no statistic of held-out data leaks into training. Each value becomes
 * {@code (x - centre) / spread}: the mean and standard deviation for z-score, the minimum and range for
 * min-max. Statistics are per feature for vectors, per feature over all steps for sequences {@code [T, F]}, and
 * per channel over all pixels for images {@code [C, H, W]} (what image networks expect). A constant feature has
 * spread 0 and is divided by 1 instead: it maps to 0 rather than to NaN.
 *
 * @param method  none, z-score or min-max
 * @param shape   the sample shape it was fitted on
 * @param centre  per group: mean (z-score) or minimum (min-max)
 * @param spread  per group: standard deviation (z-score) or maximum minus minimum (min-max), as measured
 */
public record FeatureScaler(Normalization method, Shape shape, float[] centre, float[] spread) {
    public FeatureScaler {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(shape, "shape");
        centre = centre.clone();
        spread = spread.clone();
        if (centre.length != groups(shape) || spread.length != centre.length) {
            throw new IllegalArgumentException("a scaler for " + shape + " needs " + groups(shape) + " groups");
        }
    }

    /** Scales nothing (method NONE): predict code can apply a scaler without asking whether there is one. */
    public static FeatureScaler identity(Shape shape) {
        float[] ones = new float[groups(shape)];
        Arrays.fill(ones, 1f);
        return new FeatureScaler(Normalization.NONE, shape, new float[ones.length], ones);
    }

    /** Measures {@code train}, and nothing else. */
    public static FeatureScaler fit(Dataset train, Normalization method) {
        Shape shape = train.featureShape();
        if (method == Normalization.NONE || train.size() == 0) {
            return identity(shape);
        }
        Stats stats = new Stats(groups(shape), groupOfPosition(shape));
        float[] sample = new float[train.sampleSize()];
        for (int i = 0; i < train.size(); i++) {
            train.copySample(i, sample, 0);
            stats.add(sample);
        }
        return method == Normalization.ZSCORE
                ? new FeatureScaler(method, shape, stats.means(), stats.deviations())
                : new FeatureScaler(method, shape, stats.mins(), stats.ranges());
    }

    /** A scaled copy of one sample (as predict will need). */
    public float[] apply(float[] sample) {
        if (sample.length != shape.size()) {
            throw new IllegalArgumentException("a sample of " + sample.length + " values, not " + shape);
        }
        float[] out = sample.clone();
        applyInPlace(out, 0, 1);
        return out;
    }

    /** Scales {@code count} samples stored one after another in {@code values} from {@code offset}. */
    public void applyInPlace(float[] values, int offset, int count) {
        if (method == Normalization.NONE) {
            return;
        }
        int sampleSize = (int) shape.size();
        // Per position rather than per group: no division or modulo in the loop that runs over every pixel.
        int[] groupOf = groupOfPosition(shape);
        float[] divisor = divisors();
        float[] c = new float[sampleSize];
        float[] d = new float[sampleSize];
        for (int j = 0; j < sampleSize; j++) {
            c[j] = centre[groupOf[j]];
            d[j] = divisor[groupOf[j]];
        }
        for (int s = 0; s < count; s++) {
            int base = offset + s * sampleSize;
            for (int j = 0; j < sampleSize; j++) {
                values[base + j] = (values[base + j] - c[j]) / d[j];
            }
        }
    }

    /** A scaled copy of a dataset of this shape. */
    public Dataset apply(Dataset data) {
        if (!data.featureShape().equals(shape)) {
            throw new IllegalArgumentException("fitted on " + shape + ", applied to " + data.featureShape());
        }
        if (method == Normalization.NONE) {
            return data;
        }
        float[] values = new float[data.size() * data.sampleSize()];
        data.features().get(values);
        applyInPlace(values, 0, data.size());
        return data.withFeaturesOwned(values);
    }

    private float[] divisors() {
        float[] d = spread.clone();
        for (int g = 0; g < d.length; g++) {
            d[g] = d[g] > 0 && Float.isFinite(d[g]) ? d[g] : 1f;
        }
        return d;
    }

    /** Number of groups with their own statistics: features, sequence features, or channels. */
    static int groups(Shape shape) {
        return shape.rank() == 3 ? shape.dim(0) : shape.last();
    }

    /** The group of each position in a sample: its channel for images, its feature (last axis) otherwise. */
    static int[] groupOfPosition(Shape shape) {
        int inner = shape.rank() == 3 ? shape.dim(1) * shape.dim(2) : 1;
        int groups = groups(shape);
        int[] groupOf = new int[(int) shape.size()];
        for (int j = 0; j < groupOf.length; j++) {
            groupOf[j] = (j / inner) % groups;
        }
        return groupOf;
    }

    @Override
    public float[] centre() {
        return centre.clone();
    }

    @Override
    public float[] spread() {
        return spread.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureScaler f && method == f.method && shape.equals(f.shape)
                && Arrays.equals(centre, f.centre) && Arrays.equals(spread, f.spread);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, shape, Arrays.hashCode(centre), Arrays.hashCode(spread));
    }

    @Override
    public String toString() {
        return "FeatureScaler[" + method.id() + " " + shape + ", centre " + Arrays.toString(centre) + ", spread "
                + Arrays.toString(spread) + "]";
    }
}
