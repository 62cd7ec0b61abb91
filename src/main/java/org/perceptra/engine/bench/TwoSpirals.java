package org.perceptra.engine.bench;

import java.util.SplittableRandom;

/**
 * Two interleaved spirals, one per class, as in TensorFlow Playground: point i of n has radius 5 i / n and
 * angle 1.75 * 2 pi * i / n, the second spiral turned by pi. Features are [x, y]; labels one-hot [2].
 */
public record TwoSpirals(float[] features, float[] labels, int[] classes) {
    public static TwoSpirals generate(int count, double noise, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int perClass = count / 2;
        float[] x = new float[perClass * 4];
        float[] y = new float[perClass * 4];
        int[] c = new int[perClass * 2];
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < perClass; i++) {
                int row = k * perClass + i;
                double r = 5.0 * i / perClass;
                double t = 1.75 * i / perClass * 2 * Math.PI + k * Math.PI;
                x[2 * row] = (float) (r * Math.sin(t) + rng.nextDouble(-1, 1) * noise);
                x[2 * row + 1] = (float) (r * Math.cos(t) + rng.nextDouble(-1, 1) * noise);
                y[2 * row + k] = 1;
                c[row] = k;
            }
        }
        return new TwoSpirals(x, y, c);
    }

    public int size() {
        return classes.length;
    }
}
