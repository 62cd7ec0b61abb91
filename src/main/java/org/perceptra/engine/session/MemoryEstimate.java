package org.perceptra.engine.session;

import java.util.Locale;
import java.util.Optional;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.NodeAnalysis;
import org.perceptra.model.TrainingSettings;

/**
 * How much memory a run needs, worked out before any array exists, so that a network too big for this
 * computer is refused with the numbers instead of crashing the application mid-run. Counts 4-byte floats:
 * weights, their gradients, the optimiser's state, and each layer's output (kept for the backward pass,
 * plus its gradient) for one batch, plus the dataset.
 */
public record MemoryEstimate(long weightBytes, long optimizerBytes, long activationBytes, long dataBytes) {
    private static final int FLOAT = 4;

    public static MemoryEstimate of(GraphAnalysis analysis, TrainingSettings settings, long datasetValues) {
        long params = analysis.totalParams() + analysis.totalNonTrainableParams();
        long activations = 0;
        for (NodeAnalysis n : analysis.nodes().values()) {
            if (n.hasOutput()) {
                activations += n.output().size();
            }
        }
        long perBatch = activations * settings.batchSize() * 2L; // outputs and their gradients
        return new MemoryEstimate(params * 2L * FLOAT, params * slots(settings.optimizer()) * FLOAT,
                perBatch * FLOAT, datasetValues * FLOAT);
    }

    /** State arrays per parameter: Adam keeps two moments, momentum one velocity, plain SGD none. */
    static int slots(TrainingSettings.Optimizer optimizer) {
        return switch (optimizer) {
            case SGD -> 0;
            case MOMENTUM, NESTEROV, RMSPROP, ADAGRAD -> 1;
            case ADAM, ADAMW, NADAM -> 2;
        };
    }

    public long totalBytes() {
        return weightBytes + optimizerBytes + activationBytes + dataBytes;
    }

    /** Why the run cannot fit in {@code budgetBytes}, with the figures and what to change; empty when it fits. */
    public Optional<String> refusal(long budgetBytes, int batchSize) {
        if (totalBytes() <= budgetBytes) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "This run needs about %s of memory (weights and gradients %s, "
                        + "optimiser state %s, layer outputs for a batch of %d: %s, data %s), but Perceptra may use "
                        + "at most %s here. Try a smaller batch size, fewer units or filters, or more pooling.",
                human(totalBytes()), human(weightBytes), human(optimizerBytes), batchSize, human(activationBytes),
                human(dataBytes), human(budgetBytes)));
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB", "PB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
