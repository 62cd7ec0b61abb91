package org.perceptra.engine;

/**
 * Reduce-on-plateau: keeps the rate until the monitored loss has not improved for {@code patience} epochs in a
 * row, then multiplies it by {@code factor}, never below {@code floor}, and starts counting again. As in
 * PyTorch's {@code ReduceLROnPlateau}, an improvement must beat the best loss by a relative 1e-4, so that
 * noise in the last digits does not count. A non-finite loss never improves. ND4J has no such schedule: its
 * schedules cannot see the loss.
 */
public final class PlateauSchedule implements LearningRateSchedule {
    static final double RELATIVE_THRESHOLD = 1e-4;

    private final double factor;
    private final double floor;
    private final int patience;
    private double rate;
    private double best = Double.NaN;
    private int badEpochs;

    public PlateauSchedule(double base, double factor, int patience, double floor) {
        if (patience < 1 || !(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("patience " + patience + " and factor " + factor);
        }
        this.rate = base;
        this.factor = factor;
        this.patience = patience;
        this.floor = Math.min(floor, base);
    }

    /** Where the schedule stands: the rate, the best loss so far (NaN: none yet) and the epochs since. */
    record State(double rate, double best, int badEpochs) {
    }

    State state() {
        return new State(rate, best, badEpochs);
    }

    void restore(State s) {
        rate = s.rate();
        best = s.best();
        badEpochs = s.badEpochs();
    }

    @Override
    public double rateAt(int iteration, int epoch) {
        return rate;
    }

    @Override
    public void epochEnded(int epoch, double monitoredLoss) {
        if (Double.isFinite(monitoredLoss)
                && (Double.isNaN(best) || monitoredLoss < best - RELATIVE_THRESHOLD * Math.abs(best))) {
            best = monitoredLoss;
            badEpochs = 0;
            return;
        }
        badEpochs++;
        if (badEpochs >= patience) {
            rate = Math.max(floor, rate * factor);
            badEpochs = 0;
        }
    }
}
