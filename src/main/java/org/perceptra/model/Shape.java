package org.perceptra.model;

import java.util.Arrays;
import java.util.List;

/**
 * The shape of one sample's tensor, batch dimension excluded. Images are channels-first {@code [C, H, W]},
 * sequences are {@code [T, F]}, vectors {@code [N]}. Immutable.
 */
public final class Shape {
    private final int[] dims;

    private Shape(int[] dims) {
        this.dims = dims;
    }

    public static Shape of(int... dims) {
        if (dims.length == 0) {
            throw new IllegalArgumentException("a shape needs at least one dimension");
        }
        for (int d : dims) {
            if (d < 1) {
                throw new IllegalArgumentException("dimension " + d + " is not positive in " + Arrays.toString(dims));
            }
        }
        return new Shape(dims.clone());
    }

    public static Shape of(List<Integer> dims) {
        return of(dims.stream().mapToInt(Integer::intValue).toArray());
    }

    public int rank() {
        return dims.length;
    }

    public int dim(int axis) {
        return dims[axis];
    }

    /** The last dimension: features of a vector or sequence step, width of an image. */
    public int last() {
        return dims[dims.length - 1];
    }

    public int[] toArray() {
        return dims.clone();
    }

    public List<Integer> toList() {
        return Arrays.stream(dims).boxed().toList();
    }

    /** Number of elements in one sample (as a long: shapes can be large). */
    public long size() {
        long n = 1;
        for (int d : dims) {
            n *= d;
        }
        return n;
    }

    public Shape withDim(int axis, int value) {
        int[] copy = dims.clone();
        copy[axis] = value;
        return of(copy);
    }

    public boolean isVector() {
        return dims.length == 1;
    }

    public boolean isSequence() {
        return dims.length == 2;
    }

    public boolean isImage() {
        return dims.length == 3;
    }

    /** A word a student understands: "vector", "sequence" or "image". */
    public String describeKind() {
        return switch (dims.length) {
            case 1 -> "vector";
            case 2 -> "sequence";
            case 3 -> "image";
            default -> dims.length + "-D tensor";
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape other && Arrays.equals(dims, other.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    /** Formatted as {@code [1, 28, 28]}, the way the canvas and the CLI show it. */
    @Override
    public String toString() {
        return Arrays.toString(dims);
    }
}
