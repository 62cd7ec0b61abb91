package org.perceptra.engine;

import java.util.List;

/**
 * The arithmetic of a weight snapshot on plain arrays, kept apart from ND4J so that tests can check it
 * against numbers worked out by hand: norms and the update:parameter ratio, activation mean and spread,
 * and the share of dead ReLU units.
 */
final class LayerStatistics {
    private LayerStatistics() {
    }

    /** The arrays one after another, in list order. */
    static float[] concat(List<float[]> parts) {
        return concat(parts, null);
    }

    /**
     * As {@link #concat(List)}, into {@code reuse} when it has the total length; a single part is returned
     * itself. The result is only to be read.
     */
    static float[] concat(List<float[]> parts, float[] reuse) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = reuse != null && reuse.length == n ? reuse : new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** {@code after - before}, element by element: the change one step made. */
    static float[] difference(float[] after, float[] before) {
        return difference(after, before, null);
    }

    /** As {@link #difference(float[], float[])}, into {@code reuse} when it has the length. */
    static float[] difference(float[] after, float[] before, float[] reuse) {
        if (after.length != before.length) {
            throw new IllegalArgumentException(after.length + " values after, " + before.length + " before");
        }
        float[] d = reuse != null && reuse.length == after.length ? reuse : new float[after.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = after[i] - before[i];
        }
        return d;
    }

    static double norm(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum);
    }

    /**
     * ‖update‖ / ‖parameters before the update‖ over all of a layer's learned values: around 1e-3 is the
     * healthy rule of thumb; far above, the learning rate is too high, far below, the layer barely learns.
     * NaN for a layer without parameters.
     */
    static double updateRatio(float[] update, float[] before) {
        if (before.length == 0) {
            return Double.NaN;
        }
        return norm(update) / norm(before);
    }

    /** Mean and population standard deviation of the values (NaN for none), in double precision. */
    static double[] meanAndStd(float[] values) {
        if (values.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (float v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(squares / values.length)};
    }

    /**
     * The fraction of units that output exactly 0 for every sample. {@code activations} holds
     * {@code samples} outputs one after another; within one sample, value {@code j} belongs to unit
     * {@code (j / inner) % units} (a channel of an image is one unit: {@code inner} is its pixel count).
     */
    static double deadFraction(float[] activations, int samples, int units, int inner) {
        if (samples < 1 || units < 1 || activations.length % samples != 0) {
            throw new IllegalArgumentException(activations.length + " activations are not " + samples + " samples");
        }
        int sampleSize = activations.length / samples;
        boolean[] alive = new boolean[units];
        for (int i = 0; i < activations.length; i++) {
            if (activations[i] != 0f) {
                alive[((i % sampleSize) / inner) % units] = true;
            }
        }
        int dead = 0;
        for (boolean a : alive) {
            dead += a ? 0 : 1;
        }
        return dead / (double) units;
    }
}
