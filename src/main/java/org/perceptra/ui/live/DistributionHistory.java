package org.perceptra.ui.live;

import java.util.Arrays;
import org.perceptra.engine.session.Histogram;

/**
 * How one layer's values were spread over time, as TensorBoard's distribution view draws it: at each snapshot the
 * quantiles at {@link #QUANTILES} (minimum, the normal curve's ±1.5σ, ±1σ, ±0.5σ, median, and maximum) worked out
 * from the histogram. When full, neighbouring snapshots merge: outer quantiles keep their extremes, inner ones
 * average, so no spike disappears.
 */
public final class DistributionHistory {
    public static final double[] QUANTILES = {0, 0.0668, 0.1587, 0.3085, 0.5, 0.6915, 0.8413, 0.9332, 1};

    private final int capacity;
    private double[] steps;
    private double[][] values;
    private int size;

    public DistributionHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2");
        }
        this.capacity = capacity;
        this.steps = new double[capacity];
        this.values = new double[capacity][];
    }

    public void add(long step, Histogram h) {
        if (h == null || h.total() == h.nonFinite()) {
            return;
        }
        if (size == capacity) {
            halve();
        }
        steps[size] = step;
        values[size] = quantiles(h);
        size++;
    }

    private void halve() {
        int n = 0;
        for (int i = 0; i + 1 < size; i += 2) {
            double[] a = values[i];
            double[] b = values[i + 1];
            double[] merged = new double[a.length];
            for (int q = 0; q < a.length; q++) {
                merged[q] = q == 0 ? Math.min(a[q], b[q]) : q == a.length - 1 ? Math.max(a[q], b[q]) : (a[q] + b[q]) / 2;
            }
            steps[n] = steps[i + 1];
            values[n++] = merged;
        }
        if (size % 2 == 1) {
            steps[n] = steps[size - 1];
            values[n++] = values[size - 1];
        }
        Arrays.fill(values, n, capacity, null);
        size = n;
    }

    public int size() {
        return size;
    }

    public double step(int i) {
        return steps[i];
    }

    /** The quantiles of snapshot {@code i}, in the order of {@link #QUANTILES}. */
    public double[] quantilesAt(int i) {
        return values[i].clone();
    }

    public void clear() {
        Arrays.fill(values, null);
        size = 0;
    }

    /** Quantiles of the finite values, interpolated linearly inside each bin (values spread evenly in a bin). */
    static double[] quantiles(Histogram h) {
        int[] counts = h.counts();
        long finite = Arrays.stream(counts).asLongStream().sum();
        double width = (h.max() - h.min()) / counts.length;
        double[] out = new double[QUANTILES.length];
        for (int q = 0; q < QUANTILES.length; q++) {
            double target = QUANTILES[q] * finite;
            double cumulative = 0;
            out[q] = h.max();
            for (int b = 0; b < counts.length; b++) {
                if (counts[b] > 0 && cumulative + counts[b] >= target) {
                    double inside = (target - cumulative) / counts[b];
                    out[q] = h.min() + (b + inside) * width;
                    break;
                }
                cumulative += counts[b];
            }
        }
        out[0] = h.min();
        out[QUANTILES.length - 1] = h.max();
        return out;
    }
}
