package org.perceptra.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.perceptra.engine.session.Histogram;
import org.perceptra.engine.session.TrainingEvent;

/**
 * Reads one layer's health figures and says what looks wrong. Thresholds follow the usual rule of thumb that a
 * step should change weights by about a thousandth of their size: a hundred times more or less is a warning.
 */
public final class HealthRules {
    /** log10 of the update:parameter ratio above which a step changes the weights too much. */
    static final double EXPLODING_LOG10 = -1;
    /** log10 of the update:parameter ratio below which a layer has as good as stopped learning. */
    static final double VANISHING_LOG10 = -5;
    /** Share of units that output 0 for a whole batch from which we speak of dead units. */
    static final double DEAD_SHARE = 0.5;

    private HealthRules() {
    }

    public static List<HealthWarning> assess(TrainingEvent.LayerStats s) {
        List<HealthWarning> out = new ArrayList<>();
        String nonFinite = nonFiniteIn(s);
        if (nonFinite != null) {
            out.add(new HealthWarning(s.node(), HealthWarning.Level.ERROR, "Layer " + s.node() + " has NaN or infinite "
                    + "numbers in its " + nonFinite + ": the numbers grew too large to compute with.",
                    "Lower the learning rate (try 10 times smaller) or turn on gradient clipping (clip norm 1.0)."));
        }
        double ratio = s.updateRatio();
        if (ratio > 0 && Double.isFinite(ratio)) {
            double log = Math.log10(ratio);
            if (log > EXPLODING_LOG10) {
                out.add(new HealthWarning(s.node(), HealthWarning.Level.WARNING, String.format(Locale.ROOT,
                        "Each step changes the weights of %s by about %s of their size, far more than the usual "
                                + "0.1%%: training may jump around or blow up (exploding gradients).", s.node(),
                        percent(ratio)), "Lower the learning rate, or turn on gradient clipping (clip norm 1.0)."));
            } else if (log < VANISHING_LOG10) {
                out.add(vanishing(s.node(), String.format(Locale.ROOT, "The weights of %s barely move: each step "
                        + "changes them by about %s of their size", s.node(), percent(ratio))));
            }
        } else if (ratio == 0) {
            out.add(vanishing(s.node(), "The weights of " + s.node() + " did not change in the last step"));
        }
        if (s.deadFraction() >= DEAD_SHARE && s.deadFraction() <= 1) {
            out.add(new HealthWarning(s.node(), HealthWarning.Level.WARNING, String.format(Locale.ROOT,
                    "%.0f%% of the units of %s output 0 for every sample (dead ReLU units): they no longer learn.",
                    s.deadFraction() * 100, s.node()),
                    "Lower the learning rate, use LeakyReLU, or initialise with He initialisation."));
        }
        return out;
    }

    private static HealthWarning vanishing(String node, String what) {
        return new HealthWarning(node, HealthWarning.Level.WARNING, what + ". This layer has almost stopped learning "
                + "(vanishing gradients).", "Try ReLU instead of sigmoid or tanh, He initialisation, batch "
                + "normalisation, or a larger learning rate.");
    }

    private static String nonFiniteIn(TrainingEvent.LayerStats s) {
        List<String> where = new ArrayList<>();
        add(where, "weights", s.weights());
        add(where, "biases", s.biases());
        add(where, "gradients", s.gradients());
        add(where, "updates", s.updates());
        return where.isEmpty() ? null : String.join(" and ", where);
    }

    private static void add(List<String> where, String name, Histogram h) {
        if (h != null && h.nonFinite() > 0) {
            where.add(name);
        }
    }

    static String percent(double share) {
        double p = share * 100;
        return p >= 1 ? String.format(Locale.ROOT, "%.0f%%", p) : String.format(Locale.ROOT, "%.2g%%", p);
    }
}
