package org.perceptra.engine.session;

import java.util.List;
import java.util.Map;

/**
 * What a training run tells the world: small immutable records of numbers, never ND4J arrays or the live
 * network, so any thread (the UI's, a CSV writer's) may keep them. Arrays inside are private copies.
 */
public sealed interface TrainingEvent {
    /** Global step count when the event was made. */
    long iteration();

    /** The run began. */
    record RunStarted(long iteration, String settings, long seed, int epochs, int batchesPerEpoch,
                      long startedAtMillis) implements TrainingEvent {
    }

    /**
     * One or more consecutive training steps, coalesced so that listeners get at most ~30 of these a second
     * while no step's loss is lost. Step {@code firstIteration + i} had loss {@code losses[i]}.
     */
    record Iterations(long firstIteration, int epoch, float[] losses, float[] learningRates, double stepsPerSecond)
            implements TrainingEvent {
        @Override
        public long iteration() {
            return firstIteration + losses.length - 1;
        }

        public int count() {
            return losses.length;
        }
    }

    /** An epoch ended: training and validation loss and metrics (accuracy, or MAE and R² for regression). */
    record EpochEnded(long iteration, int epoch, double trainLoss, double validationLoss,
                      Map<String, Double> trainMetrics, Map<String, Double> validationMetrics) implements TrainingEvent {
        public EpochEnded {
            trainMetrics = Map.copyOf(trainMetrics);
            validationMetrics = Map.copyOf(validationMetrics);
        }
    }

    /**
     * Per-layer health figures at one moment: histograms of weights, biases, gradients and the last update,
     * the update:parameter ratio, activation mean and spread, and the share of ReLU units that output 0 for
     * every sample of the batch ("dead").
     */
    record WeightSnapshot(long iteration, List<LayerStats> layers) implements TrainingEvent {
        public WeightSnapshot {
            layers = List.copyOf(layers);
        }
    }

    /**
     * One node's figures. "Weights" are its learned tensors except biases (BatchNorm's gamma counts as a
     * weight, beta as a bias); gradients (before clipping) and updates (the change the step made) cover all of
     * them, and {@code updateRatio} is ‖update‖ / ‖parameters before it‖. Activations are measured on a fixed
     * batch of training samples. NaN means "does not apply": the ratio of a node without parameters, the dead
     * fraction of a node whose activation is not ReLU. Histograms of a node without such tensors are empty.
     */
    record LayerStats(String node, Histogram weights, Histogram biases, Histogram gradients, Histogram updates,
                      double updateRatio, double activationMean, double activationStd, double deadFraction) {
    }

    /**
     * For 2-D inputs: the network's answer on an {@code resolution × resolution} grid over the data's range
     * plus a margin, in the data's original units (before feature scaling).
     * {@code values[(row * resolution + col) * channels + k]} is class k's probability (with one output unit:
     * its value, the probability of class 1 or the regression value). Each value belongs to a cell and is
     * taken at its centre, {@code x = xMin + (col + 0.5) * (xMax - xMin) / resolution}, y likewise from row:
     * row 0 is the cell row at {@code yMin}, column 0 the one at {@code xMin}.
     */
    record DecisionBoundary(long iteration, int resolution, double xMin, double xMax, double yMin, double yMax,
                            int channels, float[] values) implements TrainingEvent {
    }

    /**
     * For regression: predictions against targets on (up to 500 evenly spread samples of) the validation
     * part, or of the training part when there is no validation part; with several target values per
     * sample, sample after sample.
     */
    record RegressionPreview(long iteration, float[] predictions, float[] targets) implements TrainingEvent {
    }

    /**
     * For classification, after each epoch: the network's answer for each of the first {@code actual.length}
     * samples (at most {@link #MAX_SAMPLES}) of one part of the prepared data, in the part's own order, so that
     * {@code actual[i]} belongs to sample {@code i} of that part. {@code part} is "validation", or "training" when
     * there is no validation part; {@code partSize} is that part's full size. {@code confidence[i]} is the
     * probability of the predicted class; for two classes {@code positiveScores[i]} is the probability of class 1
     * (the ROC curve's score), empty otherwise. Arrays are copies made for this event: do not modify them.
     * Regression has its counterpart in {@link RegressionPreview}.
     */
    record EvaluationSnapshot(long iteration, int epoch, String part, int partSize, int[] actual, int[] predicted,
                              float[] confidence, float[] positiveScores) implements TrainingEvent {
        /** Keeps the event small: 5,000 samples make 60 KB, once per epoch. */
        public static final int MAX_SAMPLES = 5_000;

        public EvaluationSnapshot {
            if (predicted.length != actual.length || confidence.length != actual.length
                    || (positiveScores.length != 0 && positiveScores.length != actual.length)) {
                throw new IllegalArgumentException("evaluation arrays differ in length");
            }
            actual = actual.clone();
            predicted = predicted.clone();
            confidence = confidence.clone();
            positiveScores = positiveScores.clone();
        }

        /** Samples described. */
        public int size() {
            return actual.length;
        }
    }

    /**
     * Settings were changed while the run was paused (see {@link Adjustment}); they apply from step
     * {@code iteration + 1}.
     */
    record Adjusted(long iteration, List<Change> changes) implements TrainingEvent {
        public Adjusted {
            changes = List.copyOf(changes);
        }

        /** "learning rate 0.01 → 0.001; dropout rate 0.5 → 0.2". */
        public String describe() {
            return String.join("; ", changes.stream().map(Change::describe).toList());
        }
    }

    /** One setting's value before and after an adjustment. */
    record Change(String setting, double from, double to) {
        public String describe() {
            return setting + " " + number(from) + " → " + number(to);
        }

        static String number(double v) {
            String text = String.format(java.util.Locale.ROOT, "%.4g", v);
            if (text.contains("e")) {
                return text.replaceAll("\\.?0+e", "e");
            }
            return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
        }
    }

    /** The run ended normally: completed its epochs, was stopped, or stopped early. */
    record RunFinished(long iteration, int epochsCompleted, Reason reason, double seconds) implements TrainingEvent {
        public enum Reason { COMPLETED, STOPPED, EARLY_STOPPED }
    }

    /**
     * The run could not go on. {@code message} says what happened and where in plain words, {@code suggestions}
     * what to try; {@code node} names the layer where it appeared first, when known.
     */
    record RunFailed(long iteration, String message, String node, List<String> suggestions) implements TrainingEvent {
        public RunFailed {
            suggestions = List.copyOf(suggestions);
        }
    }
}
