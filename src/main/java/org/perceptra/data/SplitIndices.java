package org.perceptra.data;

import java.util.Arrays;

/**
 * Which samples train, which validate, which test: sample indices, each part sorted ascending, no index in two
 * parts. Immutable (the accessors return copies).
 */
public record SplitIndices(int[] train, int[] validation, int[] test) {
    public SplitIndices {
        train = train.clone();
        validation = validation.clone();
        test = test.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] validation() {
        return validation.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SplitIndices s && Arrays.equals(train, s.train) && Arrays.equals(validation, s.validation)
                && Arrays.equals(test, s.test);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(train) + Arrays.hashCode(validation)) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "SplitIndices[train " + train.length + ", validation " + validation.length + ", test " + test.length
                + "]";
    }
}
