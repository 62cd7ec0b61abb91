package org.perceptra.model.layers;

import java.util.List;
import java.util.stream.Collectors;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/** Joins two or more tensors side by side along one axis; every other dimension must agree. */
final class ConcatenateKind extends BaseKind {
    static final String AXIS = "axis";
    static final String CONCAT_MISMATCH = "concat-mismatch";
    static final String CONCAT_AXIS = "concat-axis";

    ConcatenateKind() {
        super("Concatenate", "Concatenate", LayerFamily.MERGE,
                "Joins its inputs side by side into one bigger tensor, keeping everything each branch found. "
                        + "Only the joined axis may differ in size.",
                "y = [x1 | x2 | ...] along the axis",
                List.of(ParamSpec.integer(AXIS, "Axis", 0, -3, 2,
                        "Which axis to join along: 0 is the channels of an image or the features of a vector "
                                + "(and the time steps of a sequence); negative counts from the end, so -1 is the "
                                + "last axis.")),
                2, MANY);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape first = inputs.get(0);
        int axis = params.getInt(AXIS);
        for (Shape s : inputs) {
            if (s.rank() != first.rank()) {
                return LayerInference.failed(CONCAT_MISMATCH, "Concatenate can only join tensors of the same kind, "
                                + "but receives " + list(inputs) + ".",
                        "Flatten or Reshape the inputs so they are all vectors, all sequences or all images.");
            }
        }
        int at = axis < 0 ? first.rank() + axis : axis;
        if (at < 0 || at >= first.rank()) {
            return LayerInference.failed(CONCAT_AXIS, "Axis " + axis + " does not exist for " + first.describeKind()
                    + "s like " + first + ", which have " + first.rank() + (first.rank() == 1 ? " axis." : " axes."),
                    "Set Axis to a value from " + -first.rank() + " to " + (first.rank() - 1) + ".");
        }
        long joined = 0;
        for (Shape s : inputs) {
            if (!s.withDim(at, 1).equals(first.withDim(at, 1))) {
                return LayerInference.failed(CONCAT_MISMATCH, "Concatenate along axis " + axis + " needs every other "
                                + "dimension to match, but receives " + list(inputs) + ".",
                        "Make the inputs agree outside axis " + axis + " (for example the same image size), "
                                + "or choose another axis.");
            }
            joined += s.dim(at);
        }
        if (joined > Integer.MAX_VALUE) {
            return LayerInference.failed("too-large", "Joining " + list(inputs) + " gives " + joined
                    + " along axis " + axis + ", more than any layer can hold.", "Shrink the inputs first.");
        }
        return LayerInference.passThrough(first.withDim(at, (int) joined));
    }

    private static String list(List<Shape> shapes) {
        return shapes.stream().map(Shape::toString).collect(Collectors.joining(" and "));
    }

    @Override
    public String summary(Params params) {
        return "axis " + params.getInt(AXIS);
    }
}
