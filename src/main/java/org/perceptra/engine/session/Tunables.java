package org.perceptra.engine.session;

/**
 * The values an {@link Adjustment} can change, as the run uses them now.
 *
 * @param learningRate the base rate (the schedule, if any, scales from it)
 * @param scheduled    whether a schedule changes the rate step by step (a new base rate scales it)
 * @param dropoutRate  the rate of the first dropout layer, or NaN when the network has none
 * @param dropoutLayers how many dropout layers the network has (a new rate applies to all of them)
 */
public record Tunables(double learningRate, boolean scheduled, double weightDecay, double dropoutRate,
                       int dropoutLayers) {
    public static final Tunables NONE = new Tunables(Double.NaN, false, Double.NaN, Double.NaN, 0);

    public boolean hasDropout() {
        return dropoutLayers > 0;
    }

    public boolean adjustable() {
        return !Double.isNaN(learningRate);
    }
}
