package org.perceptra.data;

import java.util.Arrays;
import java.util.Optional;
import org.perceptra.model.DataSignature;
import org.perceptra.model.Shape;

/** Synthetic datasets, as in TensorFlow Playground, plus a sequence task for recurrent networks. */
public enum Generator {
    CIRCLE("circle", "A ring of one class around a disc of the other.", DataSignature.classes(Shape.of(2), 2)),
    XOR("xor", "Opposite quadrants share a class: no straight line separates them.", DataSignature.classes(Shape.of(2), 2)),
    GAUSSIAN("gaussian", "Two Gaussian blobs, one per class.", DataSignature.classes(Shape.of(2), 2)),
    SPIRAL("spiral", "Two interleaved spirals: hard for a straight line, easy for a deep network.",
            DataSignature.classes(Shape.of(2), 2)),
    TWO_MOONS("two-moons", "Two interleaving half circles.", DataSignature.classes(Shape.of(2), 2)),
    REGRESSION_PLANE("regression-plane", "A value that rises linearly across the plane.", DataSignature.values(Shape.of(2), 1)),
    REGRESSION_GAUSSIAN("regression-gaussian", "A value shaped like hills and valleys over the plane.",
            DataSignature.values(Shape.of(2), 1)),
    SINE_SEQUENCE("sine-sequence", "Twenty steps of a noisy sine wave; predict the next value.",
            DataSignature.values(Shape.of(20, 1), 1));

    private final String id;
    private final String description;
    private final DataSignature signature;

    Generator(String id, String description, DataSignature signature) {
        this.id = id;
        this.description = description;
        this.signature = signature;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public DataSignature signature() {
        return signature;
    }

    public static Optional<Generator> byId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Generator::id).toList());
    }
}
