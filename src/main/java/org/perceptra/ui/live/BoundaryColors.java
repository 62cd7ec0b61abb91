package org.perceptra.ui.live;

import org.perceptra.engine.session.TrainingEvent.DecisionBoundary;
import org.perceptra.ui.live.chart.Palette;

/**
 * Turns a decision boundary into pixels (ARGB, top row first, so row 0 is the plane's largest y). Classes: each
 * class's colour mixed by its probability and faded toward white where the network is unsure; discretised, the
 * likeliest class's colour, flat. Regression: a blue–white–orange scale across {@code [low, high]}, in eight steps
 * when discretised.
 */
public final class BoundaryColors {
    private static final double TINT = 0.62;
    private static final int LEVELS = 8;

    private BoundaryColors() {
    }

    public static int[] classes(DecisionBoundary b, boolean discretise) {
        int n = b.resolution();
        int[] argb = new int[n * n];
        int k = Math.max(2, b.channels());
        double[] p = new double[k];
        float[] v = b.values();
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                int cell = row * n + col;
                if (b.channels() == 1) {
                    p[1] = clamp01(v[cell]);
                    p[0] = 1 - p[1];
                } else {
                    for (int c = 0; c < k; c++) {
                        p[c] = clamp01(v[cell * k + c]);
                    }
                }
                argb[(n - 1 - row) * n + col] = discretise ? flat(p) : blend(p);
            }
        }
        return argb;
    }

    public static int[] regression(DecisionBoundary b, double low, double high, boolean discretise) {
        int n = b.resolution();
        int[] argb = new int[n * n];
        float[] v = b.values();
        double span = high > low ? high - low : 1;
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                double t = (v[(row * n + col) * b.channels()] - low) / span;
                if (discretise) {
                    t = (Math.floor(clamp01(t) * LEVELS - 1e-9) + 0.5) / LEVELS;
                }
                argb[(n - 1 - row) * n + col] = diverging(t);
            }
        }
        return argb;
    }

    /** A colour for a value placed at {@code t} (0 = low, 1 = high); NaN is drawn mid-grey. */
    public static int diverging(double t) {
        if (Double.isNaN(t)) {
            return 0xFF9E9E9E;
        }
        t = clamp01(t);
        int low = Palette.rgb(0);
        int high = Palette.rgb(1);
        return t < 0.5 ? mixWithWhite(low, 1 - t * 2) : mixWithWhite(high, (t - 0.5) * 2);
    }

    private static int flat(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        if (Double.isNaN(p[best])) {
            return 0xFF9E9E9E;
        }
        return mixWithWhite(Palette.rgb(best), TINT * 0.7);
    }

    private static int blend(double[] p) {
        double r = 0;
        double g = 0;
        double b = 0;
        double sum = 0;
        double max = 0;
        for (int c = 0; c < p.length; c++) {
            if (Double.isNaN(p[c])) {
                return 0xFF9E9E9E;
            }
            int rgb = Palette.rgb(c);
            r += p[c] * ((rgb >> 16) & 0xFF);
            g += p[c] * ((rgb >> 8) & 0xFF);
            b += p[c] * (rgb & 0xFF);
            sum += p[c];
            max = Math.max(max, p[c]);
        }
        if (sum <= 0) {
            return 0xFFFFFFFF;
        }
        double chance = 1.0 / p.length;
        double confidence = clamp01((max / sum - chance) / (1 - chance));
        int mixed = ((int) (r / sum) << 16) | ((int) (g / sum) << 8) | (int) (b / sum);
        return mixWithWhite(mixed, TINT * Math.sqrt(confidence));
    }

    /** {@code amount} of the colour, the rest white, fully opaque. */
    static int mixWithWhite(int rgb, double amount) {
        int r = (int) Math.round(255 - amount * (255 - ((rgb >> 16) & 0xFF)));
        int g = (int) Math.round(255 - amount * (255 - ((rgb >> 8) & 0xFF)));
        int b = (int) Math.round(255 - amount * (255 - (rgb & 0xFF)));
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    private static double clamp01(double v) {
        return Double.isNaN(v) ? v : Math.max(0, Math.min(1, v));
    }
}
