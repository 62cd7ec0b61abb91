package org.perceptra.ui.live.chart;

import java.util.Arrays;

/**
 * Picks which points of a long series to draw so that no peak disappears: the series is cut into equal buckets
 * and each bucket keeps its lowest and highest point (infinities included, as the extremes they are) and its
 * first NaN, in their original order, plus the very first and last points. A NaN or an infinity is therefore
 * always drawn as a marker somewhere near where it happened, never dropped.
 */
public final class EnvelopeDecimator {
    private EnvelopeDecimator() {
    }

    /** How many consecutive points one bucket covers at most; every point has its envelope within this distance. */
    public static int bucketWidth(int size, int maxPoints) {
        return (int) Math.ceil(size / (double) buckets(maxPoints));
    }

    private static int buckets(int maxPoints) {
        return Math.max(1, (maxPoints - 2) / 3);
    }

    /**
     * Indices (ascending) of the points of {@code y[0..size)} to draw, at most {@code maxPoints} of them
     * (at least 5 are always allowed). Series no longer than {@code maxPoints} are kept whole.
     */
    public static int[] keep(double[] y, int size, int maxPoints) {
        if (size < 0 || size > y.length) {
            throw new IllegalArgumentException("size " + size + " outside 0.." + y.length);
        }
        int limit = Math.max(5, maxPoints);
        if (size <= limit) {
            int[] all = new int[size];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int buckets = buckets(limit);
        int[] kept = new int[buckets * 3 + 2];
        int n = 0;
        kept[n++] = 0;
        int[] picks = new int[3];
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * size / buckets);
            int to = (int) ((long) (b + 1) * size / buckets);
            int count = pickExtremes(y, from, to, picks);
            Arrays.sort(picks, 0, count);
            for (int i = 0; i < count; i++) {
                if (picks[i] > kept[n - 1]) {
                    kept[n++] = picks[i];
                }
            }
        }
        if (kept[n - 1] != size - 1) {
            kept[n++] = size - 1;
        }
        return Arrays.copyOf(kept, n);
    }

    /** The lowest, highest and first NaN point of {@code y[from..to)}, distinct, into {@code picks}; returns how many. */
    private static int pickExtremes(double[] y, int from, int to, int[] picks) {
        int low = -1;
        int high = -1;
        int firstNaN = -1;
        for (int i = from; i < to; i++) {
            double v = y[i];
            if (Double.isNaN(v)) {
                if (firstNaN < 0) {
                    firstNaN = i;
                }
            } else {
                if (low < 0 || v < y[low]) {
                    low = i;
                }
                if (high < 0 || v > y[high]) {
                    high = i;
                }
            }
        }
        int count = 0;
        if (low >= 0) {
            picks[count++] = low;
            if (high != low) {
                picks[count++] = high;
            }
        }
        if (firstNaN >= 0) {
            picks[count++] = firstNaN;
        }
        return count;
    }
}
