package org.perceptra.engine;

import org.perceptra.data.Dataset;
import org.perceptra.data.FeatureScaler;

/**
 * Where the decision boundary is sampled: a square of {@code resolution × resolution} cells over the data's
 * range plus a margin, in the data's original units (before feature scaling), so that a view can draw the
 * samples as loaded on top of it. The value of cell (row, col) is taken at the cell's centre,
 * {@code x = xMin + (col + 0.5) * (xMax - xMin) / resolution}, and likewise y from row; row 0 lies at yMin.
 */
record BoundaryGrid(int resolution, double xMin, double xMax, double yMin, double yMax) {
    /** Each side gets this share of the data's span, so that points never sit on the picture's edge. */
    static final double MARGIN = 0.1;
    static final int MAX_RESOLUTION = 200;

    BoundaryGrid {
        if (resolution < 2 || resolution > MAX_RESOLUTION) {
            throw new IllegalArgumentException("a decision-boundary grid has 2 to " + MAX_RESOLUTION
                    + " cells a side, not " + resolution);
        }
        if (!(xMax > xMin && yMax > yMin)) {
            throw new IllegalArgumentException("empty grid range x " + xMin + ".." + xMax + ", y " + yMin + ".."
                    + yMax);
        }
    }

    /**
     * The range of the two features over these (scaled) parts, turned back into original units with the
     * scaler, widened by {@link #MARGIN} a side (by 1 a side for a feature that does not vary).
     */
    static BoundaryGrid around(int resolution, FeatureScaler scaler, Dataset... parts) {
        double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Dataset d : parts) {
            for (int i = 0; i < d.size(); i++) {
                for (int f = 0; f < 2; f++) {
                    float v = d.feature(i, f);
                    if (Float.isFinite(v)) {
                        min[f] = Math.min(min[f], v);
                        max[f] = Math.max(max[f], v);
                    }
                }
            }
        }
        double[] lo = new double[2];
        double[] hi = new double[2];
        for (int f = 0; f < 2; f++) {
            if (min[f] > max[f]) { // no finite value at all
                min[f] = 0;
                max[f] = 0;
            }
            double a = unscale(scaler, f, min[f]);
            double b = unscale(scaler, f, max[f]);
            double span = Math.abs(b - a);
            double margin = span > 0 ? span * MARGIN : 1;
            lo[f] = Math.min(a, b) - margin;
            hi[f] = Math.max(a, b) + margin;
        }
        return new BoundaryGrid(resolution, lo[0], hi[0], lo[1], hi[1]);
    }

    /**
     * A scaled value of feature {@code f} in original units. The scalers in use are affine per feature, so
     * two probes recover the map without depending on how the scaler stores it.
     */
    static double unscale(FeatureScaler scaler, int f, double scaled) {
        double zero = scaler.apply(new float[] {0, 0})[f];
        double one = scaler.apply(new float[] {1, 1})[f];
        return (scaled - zero) / (one - zero);
    }

    double x(int col) {
        return xMin + (col + 0.5) * (xMax - xMin) / resolution;
    }

    double y(int row) {
        return yMin + (row + 0.5) * (yMax - yMin) / resolution;
    }

    /** The cell centres as (x, y) pairs, row after row from yMin, each row from xMin: the network's input order. */
    float[] points() {
        float[] p = new float[resolution * resolution * 2];
        int at = 0;
        for (int row = 0; row < resolution; row++) {
            for (int col = 0; col < resolution; col++) {
                p[at++] = (float) x(col);
                p[at++] = (float) y(row);
            }
        }
        return p;
    }
}
