package org.perceptra.engine.session;

import java.util.Arrays;

/**
 * Counts of values in equal-width bins between {@code min} and {@code max}, plus how many values were not
 * finite (a NaN must show, not vanish from the picture).
 */
public record Histogram(double min, double max, int[] counts, int nonFinite) {
    public Histogram {
        counts = counts.clone();
    }

    public static Histogram of(float[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int nonFinite = 0;
        for (float v : values) {
            if (!Float.isFinite(v)) {
                nonFinite++;
            } else {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        int[] counts = new int[bins];
        if (nonFinite == values.length) {
            return new Histogram(0, 0, counts, nonFinite);
        }
        double width = (max - min) / bins;
        for (float v : values) {
            if (Float.isFinite(v)) {
                int bin = width == 0 ? 0 : (int) Math.min(bins - 1, (v - min) / width);
                counts[bin]++;
            }
        }
        return new Histogram(min, max, counts, nonFinite);
    }

    public int total() {
        return Arrays.stream(counts).sum() + nonFinite;
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && h.min == min && h.max == max && h.nonFinite == nonFinite
                && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Double.hashCode(min) + Double.hashCode(max) + nonFinite;
    }
}
