package org.perceptra.data;

import java.util.SplittableRandom;

/**
 * The 2-D classification sets of TensorFlow Playground (same geometry: points within about ±6). Sample {@code i}
 * belongs to class {@code i % 2}, so classes are balanced and every prefix of the data is too. Unlike the
 * Playground, a point keeps the class it was drawn for even when noise pushes it across the boundary: noise
 * makes the task harder, it never unbalances the classes.
 */
final class PlaneGenerators {
    private static final double RADIUS = 5;
    private static final double XOR_PADDING = 0.3;

    private PlaneGenerators() {
    }

    /** A disc (class 0, radius up to 2.5) inside a ring (class 1, radius 3.5 to 5). */
    static void circle(float[] xy, int[] classes, double noise, SplittableRandom random) {
        for (int i = 0; i < classes.length; i++) {
            int c = i % 2;
            double r = c == 0 ? random.nextDouble(0, RADIUS * 0.5) : random.nextDouble(RADIUS * 0.7, RADIUS);
            double angle = random.nextDouble(0, 2 * Math.PI);
            double x = r * Math.sin(angle) + random.nextDouble(-RADIUS, RADIUS) * noise;
            double y = r * Math.cos(angle) + random.nextDouble(-RADIUS, RADIUS) * noise;
            put(xy, classes, i, x, y, c);
        }
    }

    /**
     * Class 0 where x and y have the same sign, class 1 where they differ. Noise blurs points inside their
     * quadrant (it reflects at the axes) so that the sign rule holds exactly and a perfect score stays possible.
     */
    static void xor(float[] xy, int[] classes, double noise, SplittableRandom random) {
        for (int i = 0; i < classes.length; i++) {
            int c = i % 2;
            double ax = xorMagnitude(noise, random);
            double ay = xorMagnitude(noise, random);
            double sx = random.nextBoolean() ? 1 : -1;
            double sy = c == 0 ? sx : -sx;
            put(xy, classes, i, sx * ax, sy * ay, c);
        }
    }

    private static double xorMagnitude(double noise, SplittableRandom random) {
        double a = random.nextDouble(0, RADIUS) + XOR_PADDING + random.nextDouble(-RADIUS, RADIUS) * noise;
        return Math.max(Math.abs(a), 0.01); // never exactly on an axis, where the sign rule has no answer
    }

    /** Two round Gaussian blobs around (2, 2) and (-2, -2); noise 0..0.5 widens the variance from 0.5 to 4. */
    static void gaussian(float[] xy, int[] classes, double noise, SplittableRandom random) {
        double sd = Math.sqrt(0.5 + 7 * noise);
        for (int i = 0; i < classes.length; i++) {
            int c = i % 2;
            double centre = c == 0 ? 2 : -2;
            put(xy, classes, i, centre + sd * random.nextGaussian(), centre + sd * random.nextGaussian(), c);
        }
    }

    /** Two spirals, half a turn apart, each turning 1.75 times from the centre out to radius 5. */
    static void spiral(float[] xy, int[] classes, double noise, SplittableRandom random) {
        int n = classes.length;
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            int perClass = (n + 1 - c) / 2;
            double along = (double) (i / 2) / perClass;
            double r = along * RADIUS;
            double t = 1.75 * along * 2 * Math.PI + c * Math.PI;
            double x = r * Math.sin(t) + random.nextDouble(-1, 1) * noise;
            double y = r * Math.cos(t) + random.nextDouble(-1, 1) * noise;
            put(xy, classes, i, x, y, c);
        }
    }

    /** scikit-learn's two moons (upper moon class 0), with Gaussian noise of standard deviation {@code noise}. */
    static void twoMoons(float[] xy, int[] classes, double noise, SplittableRandom random) {
        for (int i = 0; i < classes.length; i++) {
            int c = i % 2;
            double t = random.nextDouble(0, Math.PI);
            double x = c == 0 ? Math.cos(t) : 1 - Math.cos(t);
            double y = c == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
            put(xy, classes, i, x + noise * random.nextGaussian(), y + noise * random.nextGaussian(), c);
        }
    }

    private static void put(float[] xy, int[] classes, int i, double x, double y, int c) {
        xy[2 * i] = (float) x;
        xy[2 * i + 1] = (float) y;
        classes[i] = c;
    }
}
