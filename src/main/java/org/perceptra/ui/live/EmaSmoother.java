package org.perceptra.ui.live;

/**
 * TensorBoard's smoothing: an exponential moving average, corrected for its start at zero so the first points are
 * not dragged down. A non-finite value is passed through (it must show) and does not poison later values.
 */
final class EmaSmoother {
    private double weight;
    private double last;
    private int count;

    void reset(double newWeight) {
        weight = newWeight;
        last = 0;
        count = 0;
    }

    double next(double value) {
        if (!Double.isFinite(value)) {
            return value;
        }
        last = last * weight + (1 - weight) * value;
        count++;
        double debias = 1 - Math.pow(weight, count);
        return debias == 0 ? value : last / debias;
    }
}
