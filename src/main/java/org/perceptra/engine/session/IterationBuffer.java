package org.perceptra.engine.session;

import java.util.Arrays;

/**
 * Collects per-step losses on the training thread and hands them out as one {@link TrainingEvent.Iterations}
 * at most every {@code minIntervalNanos}: listeners see ~30 events a second however fast training runs, and
 * no step is lost. Not thread-safe: only the training thread uses it.
 */
final class IterationBuffer {
    private final long minIntervalNanos;
    private float[] losses = new float[64];
    private float[] rates = new float[64];
    private int size;
    private long firstIteration;
    private int epoch;
    private long lastFlushNanos;
    private long windowStartNanos;

    IterationBuffer(long minIntervalNanos, long nowNanos) {
        this.minIntervalNanos = minIntervalNanos;
        this.lastFlushNanos = nowNanos - minIntervalNanos;
        this.windowStartNanos = nowNanos;
    }

    void add(long iteration, int stepEpoch, double loss, double learningRate) {
        if (size == 0) {
            firstIteration = iteration;
            epoch = stepEpoch;
        }
        if (size == losses.length) {
            losses = Arrays.copyOf(losses, size * 2);
            rates = Arrays.copyOf(rates, size * 2);
        }
        losses[size] = (float) loss;
        rates[size] = (float) learningRate;
        size++;
    }

    /** The coalesced event when the interval has passed (or {@code force}), else null. */
    TrainingEvent.Iterations poll(long nowNanos, boolean force) {
        if (size == 0 || (!force && nowNanos - lastFlushNanos < minIntervalNanos)) {
            return null;
        }
        double seconds = Math.max(1e-9, (nowNanos - windowStartNanos) / 1e9);
        TrainingEvent.Iterations event = new TrainingEvent.Iterations(firstIteration, epoch,
                Arrays.copyOf(losses, size), Arrays.copyOf(rates, size), size / seconds);
        size = 0;
        lastFlushNanos = nowNanos;
        windowStartNanos = nowNanos;
        return event;
    }

    /** Restart the speed measurement, e.g. after a pause, so idle time does not count as slow training. */
    void restartClock(long nowNanos) {
        windowStartNanos = nowNanos;
    }
}
