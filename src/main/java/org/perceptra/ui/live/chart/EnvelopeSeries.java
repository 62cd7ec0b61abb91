package org.perceptra.ui.live.chart;

import java.util.Arrays;

/**
 * One series with every point it was given (x ascending) and, for drawing, a min/max envelope of at most
 * {@code maxVisible} of them, recomputed only when points were added since the last look.
 */
public final class EnvelopeSeries {
    private final String name;
    private final int maxVisible;
    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private int size;
    private int[] visible = new int[0];
    private boolean stale;

    public EnvelopeSeries(String name, int maxVisible) {
        this.name = name;
        this.maxVisible = maxVisible;
    }

    public String name() {
        return name;
    }

    public void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
        stale = true;
    }

    public void clear() {
        size = 0;
        visible = new int[0];
        stale = false;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    /** The last value, or NaN when empty. */
    public double lastY() {
        return size == 0 ? Double.NaN : ys[size - 1];
    }

    /** Brings the drawn envelope up to date; cheap when nothing was added. */
    public void refresh() {
        if (stale) {
            visible = EnvelopeDecimator.keep(ys, size, maxVisible);
            stale = false;
        }
    }

    public int visibleCount() {
        return visible.length;
    }

    public double visibleX(int i) {
        return xs[visible[i]];
    }

    public double visibleY(int i) {
        return ys[visible[i]];
    }
}
