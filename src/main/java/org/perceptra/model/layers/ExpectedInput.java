package org.perceptra.model.layers;

import org.perceptra.model.LayerInference;
import org.perceptra.model.Shape;

/**
 * The complaints of layers that receive the wrong kind of tensor, worded once so every kind says it the same
 * way. Each names the shape received and suggests a concrete Reshape where one makes sense.
 */
final class ExpectedInput {
    static final String NEEDS_IMAGE = "needs-image";
    static final String NEEDS_SEQUENCE = "needs-sequence";

    private ExpectedInput() {
    }

    static LayerInference image(BaseKind kind, Shape in) {
        return LayerInference.failed(NEEDS_IMAGE, kind.displayName() + " expects an image [channels, height, width] "
                        + "but receives " + described(in) + ".",
                "Add a Reshape before it" + imageSuggestion(in) + ", or use Dense layers for data that is not an image.");
    }

    static LayerInference sequence(BaseKind kind, Shape in) {
        return LayerInference.failed(NEEDS_SEQUENCE, kind.displayName() + " expects a sequence [time steps, features] "
                        + "but receives " + described(in) + ".",
                "Add a Reshape to [time steps, features] before it" + sequenceSuggestion(in)
                        + ", or an Embedding if the input is a list of token ids.");
    }

    /** "a vector [784]", "an image [1, 28, 28]". */
    static String described(Shape in) {
        String kind = in.describeKind();
        return (kind.startsWith("i") ? "an " : "a ") + kind + " " + in;
    }

    /** A vector of n*n values is most likely a flattened one-channel square image. */
    private static String imageSuggestion(Shape in) {
        if (in.isSequence()) {
            return " (for example to [1, " + in.dim(0) + ", " + in.dim(1) + "])";
        }
        long side = Math.round(Math.sqrt(in.size()));
        return in.isVector() && side * side == in.size() ? " (for example to [1, " + side + ", " + side + "])" : "";
    }

    private static String sequenceSuggestion(Shape in) {
        if (in.isVector()) {
            return " (for example to [" + in.dim(0) + ", 1])";
        }
        if (in.isImage() && (long) in.dim(0) * in.dim(1) <= Integer.MAX_VALUE) {
            return " (for example to [" + in.dim(0) * in.dim(1) + ", " + in.dim(2) + "], one row per step)";
        }
        return "";
    }
}
