package org.perceptra.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settings changed while a run is paused, taking effect from the next step: only those that leave every shape
 * as it is, so the compiled network and the optimiser's state carry on. A null field stays as it was.
 * Per-layer L1/L2 penalties are part of the compiled graph and are not among them: they apply from the next run.
 *
 * @param learningRate the new base rate; a schedule keeps its shape, scaled to start from this rate
 * @param weightDecay  the optimiser's weight decay (decoupled for AdamW, added to the gradient otherwise)
 * @param dropoutRate  the rate of every dropout layer
 */
public record Adjustment(Double learningRate, Double weightDecay, Double dropoutRate) {
    public static final double MAX_LEARNING_RATE = 10;
    public static final double MAX_DROPOUT = 0.95;

    public static Adjustment learningRate(double lr) {
        return new Adjustment(lr, null, null);
    }

    public boolean isEmpty() {
        return learningRate == null && weightDecay == null && dropoutRate == null;
    }

    /** What is wrong with the values, in words a student can act on; empty when they can be used. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (learningRate != null && !(learningRate > 0 && learningRate <= MAX_LEARNING_RATE)) {
            out.add(String.format(Locale.ROOT, "The learning rate must be above 0 and at most %s (typical: 0.0001 "
                    + "to 0.1), not %s.", (int) MAX_LEARNING_RATE, learningRate));
        }
        if (weightDecay != null && !(weightDecay >= 0 && weightDecay <= 1)) {
            out.add("The weight decay must be between 0 and 1 (typical: 0.0001), not " + weightDecay + ".");
        }
        if (dropoutRate != null && !(dropoutRate >= 0 && dropoutRate <= MAX_DROPOUT)) {
            out.add("The dropout rate must be between 0 and " + MAX_DROPOUT + " (the share of units dropped), not "
                    + dropoutRate + ".");
        }
        return out;
    }

    /** This adjustment with the fields of {@code later} that are set replacing its own. */
    public Adjustment then(Adjustment later) {
        return new Adjustment(later.learningRate != null ? later.learningRate : learningRate,
                later.weightDecay != null ? later.weightDecay : weightDecay,
                later.dropoutRate != null ? later.dropoutRate : dropoutRate);
    }
}
