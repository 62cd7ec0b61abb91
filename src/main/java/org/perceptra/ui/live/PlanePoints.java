package org.perceptra.ui.live;

import java.util.Arrays;
import org.perceptra.data.Dataset;
import org.perceptra.data.PreparedData;

/**
 * Samples with exactly two features, as points to draw over the decision boundary, in the data's original units
 * (the boundary's plane is in those units too): {@code label} is the class (classification) or the target value,
 * {@code heldOut} marks validation and test samples (never trained on). Empty when the data is not 2-D.
 */
public record PlanePoints(float[] x, float[] y, float[] label, boolean[] heldOut) {
    public static final PlanePoints EMPTY = new PlanePoints(new float[0], new float[0], new float[0], new boolean[0]);

    public PlanePoints {
        if (x.length != y.length || x.length != label.length || x.length != heldOut.length) {
            throw new IllegalArgumentException("point arrays differ in length");
        }
    }

    public static PlanePoints of(PreparedData data) {
        if (data.train().sampleSize() != 2) {
            return EMPTY;
        }
        Dataset[] parts = {data.train(), data.validation(), data.test()};
        int n = Arrays.stream(parts).mapToInt(Dataset::size).sum();
        float[] x = new float[n];
        float[] y = new float[n];
        float[] label = new float[n];
        boolean[] heldOut = new boolean[n];
        double[] zero = toDouble(data.scaler().apply(new float[] {0, 0}));
        double[] one = toDouble(data.scaler().apply(new float[] {1, 1}));
        int at = 0;
        for (int p = 0; p < parts.length; p++) {
            Dataset d = parts[p];
            for (int i = 0; i < d.size(); i++, at++) {
                x[at] = unscale(d.feature(i, 0), zero[0], one[0]);
                y[at] = unscale(d.feature(i, 1), zero[1], one[1]);
                label[at] = d.isClassification() ? d.classOf(i) : d.value(i, 0);
                heldOut[at] = p > 0;
            }
        }
        return new PlanePoints(x, y, label, heldOut);
    }

    /** Scalers are affine per feature, so the scaled images of 0 and 1 give the way back. */
    private static float unscale(float scaled, double zero, double one) {
        return (float) ((scaled - zero) / (one - zero));
    }

    private static double[] toDouble(float[] v) {
        return new double[] {v[0], v[1]};
    }

    public int size() {
        return x.length;
    }
}
