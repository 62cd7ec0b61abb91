package org.perceptra.engine.session;

import java.util.Map;
import org.perceptra.model.TrainingSettings;

/**
 * Decides after each epoch whether training should stop because the monitored figure stopped improving.
 * Losses improve downwards, accuracies upwards. Plain logic, so it is tested without a network.
 */
public final class EarlyStopper {
    private final TrainingSettings.EarlyStopping rule;
    private double best = Double.NaN;
    private int bestEpoch = -1;
    private int epochsWithoutImprovement;

    public EarlyStopper(TrainingSettings.EarlyStopping rule) {
        this.rule = rule;
    }

    /**
     * Where the stopper stands, for a resumed run: the best value (NaN: none yet), the epoch it came in (counted
     * in the run that observed it) and the epochs since without improvement.
     */
    public record State(double best, int bestEpoch, int epochsWithoutImprovement) {
    }

    public State state() {
        return new State(best, bestEpoch, epochsWithoutImprovement);
    }

    /** Continues from a saved state; {@code bestEpoch} may be negative (an epoch of an earlier run). */
    public void restore(State s) {
        best = s.best();
        bestEpoch = s.bestEpoch();
        epochsWithoutImprovement = s.epochsWithoutImprovement();
    }

    /** What happened at the end of an epoch. */
    public enum Verdict { IMPROVED, WAIT, STOP }

    public Verdict observe(int epoch, TrainingLoop.EpochMetrics metrics) {
        double value = valueOf(metrics);
        if (!rule.enabled() || Double.isNaN(value)) {
            return Verdict.WAIT;
        }
        if (Double.isNaN(best) || improves(value)) {
            best = value;
            bestEpoch = epoch;
            epochsWithoutImprovement = 0;
            return Verdict.IMPROVED;
        }
        epochsWithoutImprovement++;
        return epochsWithoutImprovement >= rule.patience() ? Verdict.STOP : Verdict.WAIT;
    }

    public int bestEpoch() {
        return bestEpoch;
    }

    public double best() {
        return best;
    }

    public boolean restoresBest() {
        return rule.enabled() && rule.restoreBest();
    }

    private boolean improves(double value) {
        return lowerIsBetter() ? value < best - rule.minDelta() : value > best + rule.minDelta();
    }

    private boolean lowerIsBetter() {
        return rule.monitor().endsWith("loss");
    }

    private double valueOf(TrainingLoop.EpochMetrics m) {
        return switch (rule.monitor()) {
            case "loss" -> m.trainLoss();
            case "val_loss" -> m.validationLoss();
            case "accuracy" -> get(m.trainMetrics(), "accuracy");
            case "val_accuracy" -> get(m.validationMetrics(), "accuracy");
            default -> Double.NaN;
        };
    }

    private static double get(Map<String, Double> metrics, String key) {
        Double v = metrics.get(key);
        return v == null ? Double.NaN : v;
    }
}
