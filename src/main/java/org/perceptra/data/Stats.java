package org.perceptra.data;

import java.util.Arrays;

/**
 * Running per-group statistics for {@link FeatureScaler#fit}. Sums are kept in double around a shift (the
 * group's first value), so that a feature like a year (mean 2000, spread 5) loses no precision to cancellation.
 */
final class Stats {
    private final int[] groupOf;
    private final int groups;
    private final double[] shift;
    private final double[] sum;
    private final double[] sumSquares;
    private final long[] count;
    private final float[] min;
    private final float[] max;

    /** @param groupOf the group of each position in a sample */
    Stats(int groups, int[] groupOf) {
        this.groups = groups;
        this.groupOf = groupOf;
        shift = new double[groups];
        sum = new double[groups];
        sumSquares = new double[groups];
        count = new long[groups];
        min = new float[groups];
        max = new float[groups];
        Arrays.fill(min, Float.POSITIVE_INFINITY);
        Arrays.fill(max, Float.NEGATIVE_INFINITY);
    }

    void add(float[] sample) {
        for (int j = 0; j < sample.length; j++) {
            add(groupOf[j], sample[j]);
        }
    }

    private void add(int g, float value) {
        if (count[g] == 0) {
            shift[g] = value;
        }
        double d = value - shift[g];
        sum[g] += d;
        sumSquares[g] += d * d;
        count[g]++;
        min[g] = Math.min(min[g], value);
        max[g] = Math.max(max[g], value);
    }

    float[] means() {
        float[] out = new float[groups];
        for (int g = 0; g < groups; g++) {
            out[g] = (float) (shift[g] + sum[g] / count[g]);
        }
        return out;
    }

    /** Population standard deviations: the spread of the training data as it is. */
    float[] deviations() {
        float[] out = new float[groups];
        for (int g = 0; g < groups; g++) {
            double mean = sum[g] / count[g];
            out[g] = (float) Math.sqrt(Math.max(0, sumSquares[g] / count[g] - mean * mean));
        }
        return out;
    }

    float[] mins() {
        return min.clone();
    }

    float[] ranges() {
        float[] out = new float[groups];
        for (int g = 0; g < groups; g++) {
            out[g] = max[g] - min[g];
        }
        return out;
    }
}
