package org.perceptra.data;

import java.util.SplittableRandom;

/** Regression sets: TensorFlow Playground's plane and Gaussian hills, and a noisy sine sequence. */
final class ValueGenerators {
    private static final double RADIUS = 6;
    static final int SEQUENCE_STEPS = 20;
    /** Hill centres and signs of the Playground's "regress Gaussian". */
    private static final double[][] HILLS = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1},
        {0, -2.5, 1}, {4, -2.5, -1}};

    private ValueGenerators() {
    }

    /** Value (x + y) / 10, read at a noisy position, over the square ±6. */
    static void plane(float[] xy, float[] values, double noise, SplittableRandom random) {
        for (int i = 0; i < values.length; i++) {
            double x = random.nextDouble(-RADIUS, RADIUS);
            double y = random.nextDouble(-RADIUS, RADIUS);
            double nx = random.nextDouble(-RADIUS, RADIUS) * noise;
            double ny = random.nextDouble(-RADIUS, RADIUS) * noise;
            put(xy, values, i, x, y, (x + nx + y + ny) / 10);
        }
    }

    /** Six hills and valleys (height ±1, falling to 0 at distance 2), read at a noisy position. */
    static void gaussian(float[] xy, float[] values, double noise, SplittableRandom random) {
        for (int i = 0; i < values.length; i++) {
            double x = random.nextDouble(-RADIUS, RADIUS);
            double y = random.nextDouble(-RADIUS, RADIUS);
            double nx = random.nextDouble(-RADIUS, RADIUS) * noise;
            double ny = random.nextDouble(-RADIUS, RADIUS) * noise;
            put(xy, values, i, x, y, hills(x + nx, y + ny));
        }
    }

    static double hills(double x, double y) {
        double value = 0;
        for (double[] hill : HILLS) {
            double height = Math.max(0, 1 - Math.hypot(x - hill[0], y - hill[1]) / 2);
            double signed = hill[2] * height;
            if (Math.abs(signed) > Math.abs(value)) {
                value = signed;
            }
        }
        return value;
    }

    /**
     * Twenty steps of {@code sin(2πt/period + phase)} with a period of 6 to 30 steps, plus Gaussian noise of
     * standard deviation {@code noise}; the target is the clean value of step 21, so a perfect model is possible
     * and the noise only blurs the inputs.
     */
    static void sine(float[] steps, float[] values, double noise, SplittableRandom random) {
        for (int i = 0; i < values.length; i++) {
            double period = random.nextDouble(6, 30);
            double phase = random.nextDouble(0, 2 * Math.PI);
            for (int t = 0; t < SEQUENCE_STEPS; t++) {
                double clean = Math.sin(2 * Math.PI * t / period + phase);
                steps[i * SEQUENCE_STEPS + t] = (float) (clean + noise * random.nextGaussian());
            }
            values[i] = (float) Math.sin(2 * Math.PI * SEQUENCE_STEPS / period + phase);
        }
    }

    private static void put(float[] xy, float[] values, int i, double x, double y, double value) {
        xy[2 * i] = (float) x;
        xy[2 * i + 1] = (float) y;
        values[i] = (float) value;
    }
}
