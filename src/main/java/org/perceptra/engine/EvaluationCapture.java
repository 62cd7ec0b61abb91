package org.perceptra.engine;

import java.util.Arrays;
import java.util.Optional;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.data.Dataset;
import org.perceptra.engine.session.TrainingEvent.EvaluationSnapshot;

/**
 * Keeps, from an epoch's evaluation of one part, each of its first samples' predicted class and confidence, so
 * that the evaluation views (confusion matrix, ROC, misclassified samples) cost no extra forward pass. The class
 * chosen is the likeliest, the first on a tie, as ND4J's {@code Evaluation} decides; with one sigmoid unit it is
 * class 1 when that unit's probability is above one half.
 */
final class EvaluationCapture implements NetworkData.PredictionSink {
    private final String part;
    private final int partSize;
    private final int[] actual;
    private final int[] predicted;
    private final float[] confidence;
    private final float[] positiveScores;
    private boolean filled;

    /** @param samples the part as the data package holds it (for the true classes), in the network's row order */
    EvaluationCapture(String part, Dataset samples, int classes) {
        this.part = part;
        this.partSize = samples.size();
        int n = Math.min(partSize, EvaluationSnapshot.MAX_SAMPLES);
        this.actual = Arrays.copyOf(samples.classes(), n);
        this.predicted = new int[n];
        this.confidence = new float[n];
        this.positiveScores = new float[classes == 2 ? n : 0];
    }

    @Override
    public void accept(int from, INDArray prediction) {
        if (from >= actual.length) {
            return;
        }
        int rows = (int) Math.min(prediction.size(0), actual.length - from);
        int units = (int) (prediction.length() / prediction.size(0));
        float[] p = prediction.castTo(DataType.FLOAT).dup('c').data().asFloat();
        for (int r = 0; r < rows; r++) {
            int i = from + r;
            if (units == 1) {
                float one = p[r];
                predicted[i] = one > 0.5f ? 1 : 0;
                confidence[i] = predicted[i] == 1 ? one : 1 - one;
                setScore(i, one);
            } else {
                int best = 0;
                for (int k = 1; k < units; k++) {
                    if (p[r * units + k] > p[r * units + best]) {
                        best = k;
                    }
                }
                predicted[i] = best;
                confidence[i] = p[r * units + best];
                setScore(i, units == 2 ? p[r * units + 1] : Float.NaN);
            }
        }
        filled |= from == 0;
    }

    private void setScore(int i, float score) {
        if (positiveScores.length > 0) {
            positiveScores[i] = score;
        }
    }

    /** The last evaluation's answers, or empty before the first one. */
    Optional<EvaluationSnapshot> snapshot(long iteration, int epoch) {
        if (!filled || actual.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new EvaluationSnapshot(iteration, epoch, part, partSize, actual, predicted, confidence,
                positiveScores));
    }
}
