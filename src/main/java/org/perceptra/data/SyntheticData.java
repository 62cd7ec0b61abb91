package org.perceptra.data;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.perceptra.model.Shape;

/** Makes the samples of a {@link Generator}: the same count, noise and seed always give the same dataset. */
public final class SyntheticData {
    /** Noise is a fraction of the data's scale (the Playground's 0 to 50 %); beyond 1 nothing is left to learn. */
    public static final double MAX_NOISE = 1.0;

    private SyntheticData() {
    }

    public static Dataset generate(DataSource.Generated source) throws DataException {
        return generate(source.generator(), source.count(), source.noise(), source.seed());
    }

    public static Dataset generate(Generator generator, int count, double noise, long seed) throws DataException {
        check(generator, count, noise);
        SplittableRandom random = new SplittableRandom(seed);
        Shape shape = generator.signature().features();
        float[] features = new float[Math.toIntExact(count * shape.size())];
        Dataset data = generator.signature().isClassification()
                ? classes(generator, features, count, noise, random)
                : values(generator, features, count, noise, random);
        String what = String.format(Locale.ROOT, "%s: %d samples, noise %s, seed %d", generator.id(), count,
                noise, seed);
        data = data.withDescription(what + ". " + generator.description());
        return shape.isVector() ? data.withFeatureNames(List.of("x1", "x2")) : data;
    }

    private static void check(Generator generator, int count, double noise) throws DataException {
        var problem = new DataSource.Generated(generator, count, noise, 0).problem();
        if (problem.isPresent()) {
            throw new DataException(problem.get());
        }
    }

    private static Dataset classes(Generator generator, float[] xy, int count, double noise, SplittableRandom random) {
        int[] classes = new int[count];
        List<String> names = switch (generator) {
            case CIRCLE -> {
                PlaneGenerators.circle(xy, classes, noise, random);
                yield List.of("inside", "outside");
            }
            case XOR -> {
                PlaneGenerators.xor(xy, classes, noise, random);
                yield List.of("same signs", "opposite signs");
            }
            case GAUSSIAN -> {
                PlaneGenerators.gaussian(xy, classes, noise, random);
                yield List.of("upper right", "lower left");
            }
            case SPIRAL -> {
                PlaneGenerators.spiral(xy, classes, noise, random);
                yield List.of("spiral 1", "spiral 2");
            }
            case TWO_MOONS -> {
                PlaneGenerators.twoMoons(xy, classes, noise, random);
                yield List.of("upper moon", "lower moon");
            }
            default -> throw new IllegalStateException(generator + " makes values, not classes");
        };
        return Dataset.classesOwned(xy, generator.signature().features(), classes, names);
    }

    private static Dataset values(Generator generator, float[] features, int count, double noise,
                                  SplittableRandom random) {
        float[] values = new float[count];
        switch (generator) {
            case REGRESSION_PLANE -> ValueGenerators.plane(features, values, noise, random);
            case REGRESSION_GAUSSIAN -> ValueGenerators.gaussian(features, values, noise, random);
            case SINE_SEQUENCE -> ValueGenerators.sine(features, values, noise, random);
            default -> throw new IllegalStateException(generator + " makes classes, not values");
        }
        return Dataset.valuesOwned(features, generator.signature().features(), values, 1).withTargetName("value");
    }
}
