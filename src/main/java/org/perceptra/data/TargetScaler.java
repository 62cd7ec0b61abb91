package org.perceptra.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Z-score scaling of regression targets, fitted on the training part: a network with a linear output then
 * starts near the right scale (diabetes targets of 25 to 346 would otherwise start at a squared error of about
 * 27,000 and take hundreds of epochs just to find the mean). Predictions are mapped back with
 * {@link #unscale} before any metric is computed, so MAE, RMSE and R² stay in the data's own units.
 * A constant target has spread 0 and is divided by 1 instead.
 *
 * @param mean   per target value: the training mean
 * @param spread per target value: the training (population) standard deviation
 */
public record TargetScaler(float[] mean, float[] spread) {
    public TargetScaler {
        mean = mean.clone();
        spread = spread.clone();
        if (mean.length != spread.length || mean.length == 0) {
            throw new IllegalArgumentException("a target scaler needs one mean and one spread per target value");
        }
    }

    /** Changes nothing: classification, or outputs (sigmoid, ReLU) that cannot produce z-scores. */
    public static TargetScaler identity(int values) {
        float[] ones = new float[values];
        Arrays.fill(ones, 1f);
        return new TargetScaler(new float[values], ones);
    }

    /** Measures the targets of {@code train}, and nothing else. */
    public static TargetScaler fit(Dataset train) {
        int n = train.targetSize();
        if (train.size() == 0) {
            return identity(n);
        }
        Stats stats = new Stats(n, positions(n));
        float[] row = new float[n];
        for (int i = 0; i < train.size(); i++) {
            for (int k = 0; k < n; k++) {
                row[k] = train.value(i, k);
            }
            stats.add(row);
        }
        return new TargetScaler(stats.means(), stats.deviations());
    }

    private static int[] positions(int n) {
        int[] p = new int[n];
        Arrays.setAll(p, k -> k);
        return p;
    }

    public int size() {
        return mean.length;
    }

    public boolean isIdentity() {
        for (int k = 0; k < mean.length; k++) {
            if (mean[k] != 0f || divisor(k) != 1f) {
                return false;
            }
        }
        return true;
    }

    /** {@code (value - mean) / spread} of target {@code k}. */
    public float scale(float value, int k) {
        return (value - mean[k]) / divisor(k);
    }

    /** The inverse of {@link #scale}: a prediction in the data's units. */
    public float unscale(float value, int k) {
        return value * divisor(k) + mean[k];
    }

    /** Un-scales rows of {@link #size()} values each, in place. */
    public void unscaleInPlace(float[] rows) {
        for (int i = 0; i < rows.length; i++) {
            int k = i % mean.length;
            rows[i] = unscale(rows[i], k);
        }
    }

    private float divisor(int k) {
        return spread[k] > 0 && Float.isFinite(spread[k]) ? spread[k] : 1f;
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] spread() {
        return spread.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetScaler t && Arrays.equals(mean, t.mean) && Arrays.equals(spread, t.spread);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(mean), Arrays.hashCode(spread));
    }

    @Override
    public String toString() {
        return "TargetScaler[mean " + Arrays.toString(mean) + ", spread " + Arrays.toString(spread) + "]";
    }
}
