package org.perceptra.engine;

import java.util.SplittableRandom;

/**
 * Starting values for weights, as Keras draws them. Each parameter gets its own random stream derived from
 * the run's seed and the parameter's name, so the same seed gives the same weights, and adding a layer does
 * not change the starting weights of the others.
 *
 * <p>The normal variants are truncated at two standard deviations and rescaled (Keras's
 * {@code VarianceScaling}), so no weight starts as an outlier.
 */
final class WeightInit {
    /** Standard deviation of a unit normal truncated to [-2, 2]; dividing by it restores the intended spread. */
    private static final double TRUNCATED_STD = 0.87962566103423978;

    private WeightInit() {
    }

    /** Values for a tensor of {@code count} numbers with the given fans, by the catalogue's init name. */
    static double[] values(String init, double constant, int count, long fanIn, long fanOut, long seed, String name) {
        SplittableRandom rng = stream(seed, name);
        double[] v = new double[count];
        switch (init) {
            case "zeros" -> { }
            case "constant" -> java.util.Arrays.fill(v, constant);
            case "glorot_uniform" -> uniform(v, Math.sqrt(6.0 / (fanIn + fanOut)), rng);
            case "he_uniform" -> uniform(v, Math.sqrt(6.0 / fanIn), rng);
            case "glorot_normal" -> truncatedNormal(v, Math.sqrt(2.0 / (fanIn + fanOut)), rng);
            case "he_normal" -> truncatedNormal(v, Math.sqrt(2.0 / fanIn), rng);
            case "lecun_normal" -> truncatedNormal(v, Math.sqrt(1.0 / fanIn), rng);
            default -> throw new IllegalArgumentException("unknown weight init '" + init + "'");
        }
        return v;
    }

    /** Truncated normal values with this spread, for tensors that have no init choice (learned positions). */
    static double[] normal(double std, int count, long seed, String name) {
        double[] v = new double[count];
        truncatedNormal(v, std, stream(seed, name));
        return v;
    }

    private static SplittableRandom stream(long seed, String name) {
        // Mix the name in with a large odd constant so that similar names give unrelated streams.
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + name.hashCode());
    }

    private static void uniform(double[] v, double limit, SplittableRandom rng) {
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble(-limit, limit);
        }
    }

    private static void truncatedNormal(double[] v, double std, SplittableRandom rng) {
        for (int i = 0; i < v.length; i++) {
            double g;
            do {
                g = rng.nextGaussian();
            } while (Math.abs(g) > 2);
            v[i] = g * std / TRUNCATED_STD;
        }
    }
}
