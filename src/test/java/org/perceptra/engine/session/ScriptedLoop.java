package org.perceptra.engine.session;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongToDoubleFunction;

/** A training loop with scripted losses and an optional delay per step, for testing the session alone. */
class ScriptedLoop implements TrainingLoop {
    private final int batches;
    private final long stepMillis;
    private final LongToDoubleFunction lossOfStep;
    private long steps;
    private boolean nonFinite;
    final AtomicBoolean closed = new AtomicBoolean();

    ScriptedLoop(int batches, long stepMillis, LongToDoubleFunction lossOfStep) {
        this.batches = batches;
        this.stepMillis = stepMillis;
        this.lossOfStep = lossOfStep;
    }

    static ScriptedLoop falling(int batches, long stepMillis) {
        return new ScriptedLoop(batches, stepMillis, step -> 1.0 / (1 + step));
    }

    @Override
    public int batchesPerEpoch() {
        return batches;
    }

    @Override
    public double trainBatch(int epoch, int batch) {
        if (stepMillis > 0) {
            try {
                Thread.sleep(stepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double loss = lossOfStep.applyAsDouble(steps++);
        nonFinite |= !Double.isFinite(loss);
        return loss;
    }

    @Override
    public double learningRate() {
        return 0.01;
    }

    @Override
    public EpochMetrics endEpoch(int epoch) {
        return new EpochMetrics(0.5, 0.6, Map.of("accuracy", 0.9), Map.of("accuracy", 0.8));
    }

    @Override
    public java.util.Optional<String> firstNonFiniteLayer() {
        return nonFinite ? java.util.Optional.of("dense_2") : java.util.Optional.empty();
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
