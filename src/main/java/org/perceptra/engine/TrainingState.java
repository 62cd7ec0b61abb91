package org.perceptra.engine;

import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.engine.session.EarlyStopper;

/**
 * What a run needs besides the weights to continue exactly where it stopped: the optimiser's state (Adam's
 * moments, momentum's velocity, RMSprop's and AdaGrad's accumulators) and its step count, how far the run got
 * (steps, so also the schedule's position and the data order), the dropout generator, reduce-on-plateau's and
 * early stopping's counters, and the best weights early stopping kept. Checked against the run that continues
 * it: another optimiser, batch size, seed or training part would make "the same numbers" a false promise.
 * Stored inside the trained weights (see {@link TrainingStateJson}), so that it is kept and dropped with them.
 */
public final class TrainingState {
    /** What the state was made with; a continuing run must match it. */
    record Made(String optimizer, String precision, int batchSize, long seed, int trainSamples, int batchesPerEpoch) {
    }

    private final Made made;
    private final long steps;
    private final int optimizerSteps;
    private final int plannedEpochs;
    private final Map<String, Map<String, INDArray>> optimizer;
    private final long[] dropoutRandom;
    private final PlateauSchedule.State plateau;
    private final EarlyStopper.State stopping;
    private final Map<String, float[]> bestWeights;

    /**
     * @param steps          steps the run took, skipped ones (non-finite loss) included
     * @param optimizerSteps steps the optimiser applied
     * @param stopping       early stopping's state with its best epoch counted from the first run's start; or null
     */
    TrainingState(Made made, long steps, int optimizerSteps, int plannedEpochs,
                  Map<String, Map<String, INDArray>> optimizer, long[] dropoutRandom, PlateauSchedule.State plateau,
                  EarlyStopper.State stopping, Map<String, float[]> bestWeights) {
        this.made = made;
        this.steps = steps;
        this.optimizerSteps = optimizerSteps;
        this.plannedEpochs = plannedEpochs;
        this.optimizer = optimizer;
        this.dropoutRandom = dropoutRandom;
        this.plateau = plateau;
        this.stopping = stopping;
        this.bestWeights = bestWeights;
    }

    /**
     * The state stored with these trained weights; empty for weights stored without one (before it was kept).
     *
     * @throws IllegalArgumentException naming the problem when the weights or their state are damaged
     */
    public static Optional<TrainingState> in(String weightsJson) {
        return TrainingStateJson.read(weightsJson);
    }

    /** Steps taken so far, over every run that led here. */
    public long steps() {
        return steps;
    }

    /** Whole epochs completed. */
    public int epochsDone() {
        return (int) (steps / made.batchesPerEpoch());
    }

    /** The batch of the unfinished epoch the run stopped before (0: it stopped between epochs). */
    public int batchInEpoch() {
        return (int) (steps % made.batchesPerEpoch());
    }

    /**
     * The epochs the stopped run still had planned (an unfinished epoch counts as one), or 0 when it did them all:
     * continuing for that many ends the run as planned, schedule included.
     */
    public int epochsLeftInPlan() {
        return Math.max(0, plannedEpochs - epochsDone());
    }

    /** "epoch 3, step 45" or "epoch 2 (step 13 of 24), step 37": where the run continues, counted from 1. */
    public String position() {
        int batch = batchInEpoch();
        return batch == 0 ? "after epoch " + epochsDone() + ", step " + steps
                : "in epoch " + (epochsDone() + 1) + " (after batch " + batch + " of " + made.batchesPerEpoch() + "), step "
                        + steps;
    }

    Made made() {
        return made;
    }

    int optimizerSteps() {
        return optimizerSteps;
    }

    int plannedEpochs() {
        return plannedEpochs;
    }

    Map<String, Map<String, INDArray>> optimizer() {
        return optimizer;
    }

    Optional<long[]> dropoutRandom() {
        return Optional.ofNullable(dropoutRandom);
    }

    Optional<PlateauSchedule.State> plateau() {
        return Optional.ofNullable(plateau);
    }

    Optional<EarlyStopper.State> stopping() {
        return Optional.ofNullable(stopping);
    }

    Optional<Map<String, float[]>> bestWeights() {
        return Optional.ofNullable(bestWeights);
    }
}
