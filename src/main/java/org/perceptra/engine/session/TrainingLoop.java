package org.perceptra.engine.session;

import java.util.Map;
import java.util.Optional;

/**
 * The numeric side of a run, as the session drives it one step at a time. The ND4J implementation compiles
 * the graph and owns the arrays; tests use a scripted one. Called only from the session's own thread.
 */
public interface TrainingLoop extends AutoCloseable {
    int batchesPerEpoch();

    /** Trains on batch {@code batch} of epoch {@code epoch} and returns the loss of that batch. */
    double trainBatch(int epoch, int batch);

    /** The learning rate the next step will use. */
    double learningRate();

    /** Called after the last batch of an epoch: evaluate training and validation parts. */
    EpochMetrics endEpoch(int epoch);

    /** After a non-finite loss: the first layer (node id) whose weights or activations are not finite, if any. */
    default Optional<String> firstNonFiniteLayer() {
        return Optional.empty();
    }

    /**
     * The size (L2 norm) of each layer's stored tensors, by node id; a non-finite norm means non-finite weights.
     * Cheap enough to ask every few dozen steps. Empty when this loop does not compute them.
     */
    default Map<String, Double> weightNorms() {
        return Map.of();
    }

    /**
     * Called just before a step after which {@link #weightSnapshot} will be asked for: keep what the
     * snapshot needs from that step (its gradients, the weights before it). Costs nothing on other steps.
     */
    default void prepareSnapshot() {
    }

    /** Health figures per layer now, or empty when this loop does not compute them. */
    default Optional<TrainingEvent.WeightSnapshot> weightSnapshot(long iteration) {
        return Optional.empty();
    }

    /** The answer over the input plane for 2-D inputs, or empty. */
    default Optional<TrainingEvent.DecisionBoundary> decisionBoundary(long iteration) {
        return Optional.empty();
    }

    /** Predictions against targets for regression, or empty. */
    default Optional<TrainingEvent.RegressionPreview> regressionPreview(long iteration) {
        return Optional.empty();
    }

    /**
     * For classification, called after {@link #endEpoch}: each evaluated sample's true and predicted class, from
     * that epoch's evaluation (no extra forward pass), or empty.
     */
    default Optional<TrainingEvent.EvaluationSnapshot> evaluationSnapshot(long iteration, int epoch) {
        return Optional.empty();
    }

    /** The settings an {@link Adjustment} may change, as they are now; {@link Tunables#NONE} when none may. */
    default Tunables tunables() {
        return Tunables.NONE;
    }

    /**
     * Applies an adjustment (already validated) from the next step on and says what changed.
     *
     * @throws UnsupportedOperationException when this loop cannot change a setting asked for
     */
    default java.util.List<TrainingEvent.Change> adjust(Adjustment adjustment) {
        throw new UnsupportedOperationException("this training loop cannot change settings while paused");
    }

    /**
     * The trained weights and the scaling they expect, as a project stores them, or empty when this loop has none
     * to give. Asked once, when a run ends well (completed, stopped early or by the user), before {@link #close}.
     */
    default Optional<String> trainedWeightsJson() {
        return Optional.empty();
    }

    /**
     * As {@link #trainedWeightsJson()}, with what continuing the run needs (optimiser state, schedule, data order,
     * and {@code stopping}, the early stopper's state; null when there is none) where this loop keeps it.
     */
    default Optional<String> trainedWeightsJson(EarlyStopper.State stopping) {
        return trainedWeightsJson();
    }

    /**
     * The batch the first epoch starts at: 0, except for a run continuing one that was stopped part-way through
     * an epoch.
     */
    default int firstBatch() {
        return 0;
    }

    /** Keep a copy of the current weights as the best so far (early stopping with restore). */
    default void rememberBest() {
    }

    /** Put the remembered best weights back. */
    default void restoreBest() {
    }

    /** Frees native memory. Must not throw. */
    @Override
    void close();

    record EpochMetrics(double trainLoss, double validationLoss, Map<String, Double> trainMetrics,
                        Map<String, Double> validationMetrics) {
    }
}
