package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/** Where samples enter: a vector [n], a sequence [t, f] or an image [c, h, w]. */
final class InputKind extends BaseKind {
    static final String SHAPE = "shape";

    InputKind() {
        super("Input", "Input", LayerFamily.INPUT,
                "Where the data enters the network. Its shape is one sample: [features] for a table row, "
                        + "[time steps, features] for a sequence, [channels, height, width] for an image.",
                "x = one sample of the dataset",
                List.of(ParamSpec.shape(SHAPE, "Shape", List.of(2), 1, 3,
                        "Size of one sample: [n] vector, [t, f] sequence or [c, h, w] image.")),
                0, 0);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        return LayerInference.passThrough(Shape.of(params.getInts(SHAPE)));
    }

    @Override
    public String summary(Params params) {
        return Shape.of(params.getInts(SHAPE)).toString();
    }
}
