package org.perceptra.engine.session;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides when a run has diverged, since ND4J never says so: a loss that is not finite; a loss that explodes
 * while staying finite (softmax cross-entropy does: the spiral at learning rate 50 jumps to 10^9 and then sits at
 * thousands); weights that are not finite although the loss still is. Then it explains the failure: the step,
 * the layer where it showed first, and what to try.
 *
 * <p>"Explodes" is measured against the loss of the first step, taken before any update: the untrained
 * network's loss is the run's natural scale (about ln C for a C-class classifier, about 1 for z-scored
 * regression targets), where the best loss so far can be nearly 0 in a healthy run (XOR) and would make harmless
 * noise look like an explosion. A healthy run stays below its starting loss; it is diverged when the loss stays
 * above {@value #EXPLOSION_FACTOR} times that scale for {@value #SUSTAINED_STEPS} steps in a row, so that one
 * outlier batch never stops a run. Weights are checked every {@value #WEIGHT_CHECK_INTERVAL} steps: their norms
 * cost one reduction per tensor, no copy.
 */
final class DivergenceRule {
    static final double EXPLOSION_FACTOR = 100;
    static final int SUSTAINED_STEPS = 10;
    static final int WEIGHT_CHECK_INTERVAL = 50;
    /** A first loss below this (a nearly perfect start) still leaves room for ordinary noise. */
    static final double MIN_SCALE = 0.01;

    private double scale = Double.NaN;
    private int stepsAbove;
    private Map<String, Double> startNorms = Map.of();
    private Map<String, Double> latestNorms = Map.of();

    /** The weight norms per layer before the first step, to say later which layer grew most. */
    void start(Map<String, Double> norms) {
        startNorms = new LinkedHashMap<>(norms);
        latestNorms = startNorms;
    }

    /** Observes one step's loss; says what went wrong when it shows divergence. */
    Optional<String> afterStep(double loss) {
        if (!Double.isFinite(loss)) {
            return Optional.of("the loss became " + (Double.isNaN(loss) ? "NaN (not a number)" : "infinite"));
        }
        if (Double.isNaN(scale)) {
            scale = Math.max(loss, MIN_SCALE);
            return Optional.empty();
        }
        stepsAbove = loss > EXPLOSION_FACTOR * scale ? stepsAbove + 1 : 0;
        if (stepsAbove < SUSTAINED_STEPS) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the loss exploded: it stayed above %s, %.0f times the %s it "
                + "started at, for %d steps (now %s)", number(EXPLOSION_FACTOR * scale), EXPLOSION_FACTOR,
                number(scale), SUSTAINED_STEPS, number(loss)));
    }

    boolean weightCheckDue(long iteration) {
        return iteration % WEIGHT_CHECK_INTERVAL == 0;
    }

    /** Observes the weight norms per layer; says so when one of them is no longer a finite number. */
    Optional<String> checkWeights(Map<String, Double> norms) {
        latestNorms = new LinkedHashMap<>(norms);
        return overflowed().map(layer -> "the size of the weights is no longer a finite number");
    }

    /**
     * The failure event: the step, the symptom, the first layer with non-finite numbers (or else the first whose
     * weights are too large to measure, or else the one whose weights grew most since the start), what to try.
     */
    TrainingEvent.RunFailed failure(long iteration, String symptom, TrainingLoop loop) {
        Optional<String> nonFinite = loop.firstNonFiniteLayer();
        String where = "";
        String layer = nonFinite.orElse(null);
        if (layer != null) {
            where = " The first layer with non-finite numbers is " + layer + ".";
        } else {
            latestNorms = new LinkedHashMap<>(loop.weightNorms());
            layer = overflowed().orElse(null);
            if (layer != null) {
                where = " The first layer whose weights grew too large to measure is " + layer + ".";
            } else {
                layer = mostGrown().orElse(null);
                where = layer == null ? "" : " The weights grew most in " + layer + " (" + number(growth(layer))
                        + " times their size at the start).";
            }
        }
        return new TrainingEvent.RunFailed(iteration, "Training diverged at step " + iteration + ": " + symptom + "."
                + where + " The weights grew too large to learn with.", layer, TrainingSession.divergenceAdvice());
    }

    /** The first layer (in graph order) whose weight norm is infinite or NaN. */
    private Optional<String> overflowed() {
        return latestNorms.entrySet().stream().filter(e -> !Double.isFinite(e.getValue())).map(Map.Entry::getKey)
                .findFirst();
    }

    private Optional<String> mostGrown() {
        Map<String, Double> growth = new LinkedHashMap<>();
        latestNorms.keySet().forEach(layer -> growth.put(layer, growth(layer)));
        return growth.entrySet().stream().filter(e -> Double.isFinite(e.getValue()) && e.getValue() > 1)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private double growth(String layer) {
        double before = startNorms.getOrDefault(layer, Double.NaN);
        return before > 0 ? latestNorms.get(layer) / before : Double.NaN;
    }

    /** 0.7, 69.3, 19000, 7.70e+08: short, and plain for the sizes a student meets. */
    static String number(double v) {
        double a = Math.abs(v);
        if (a >= 1e6 || (a < 1e-3 && a > 0)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
