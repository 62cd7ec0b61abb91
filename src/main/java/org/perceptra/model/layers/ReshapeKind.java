package org.perceptra.model.layers;

import java.util.ArrayList;
import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/** Rearranges the same values into a new shape; one dimension may be -1, "whatever makes the sizes match". */
final class ReshapeKind extends BaseKind {
    static final String TARGET_SHAPE = "targetShape";
    static final String RESHAPE_SIZE = "reshape-size";

    ReshapeKind() {
        super("Reshape", "Reshape", LayerFamily.CORE,
                "Arranges the same values into a new shape without changing them, for example a vector of 784 "
                        + "pixels into a [1, 28, 28] image. The number of values must stay the same.",
                "[a, b, ...] -> target shape, a * b * ... unchanged",
                List.of(ParamSpec.shape(TARGET_SHAPE, "Target shape", List.of(-1), 1, 3,
                        "The new shape, batch excluded: [n], [t, f] or [c, h, w]; one dimension may be -1 to "
                                + "let Perceptra work it out.").withInferredDim()),
                1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape in = inputs.get(0);
        List<Integer> target = params.getInts(TARGET_SHAPE);
        long known = 1;
        for (int d : target) {
            known *= d == -1 ? 1 : d;
        }
        boolean inferred = target.contains(-1);
        if (inferred ? in.size() % known != 0 : in.size() != known) {
            return LayerInference.failed(RESHAPE_SIZE, "Reshape to " + target + " needs "
                            + (inferred ? "a multiple of " + known : String.valueOf(known)) + " values, but its input "
                            + in + " has " + in.size() + ".",
                    inferred ? "Choose sizes beside the -1 that divide " + in.size() + " evenly."
                            : "Choose a target shape whose dimensions multiply to " + in.size()
                            + ", or put -1 in one place to have it worked out.");
        }
        if (in.size() / known > Integer.MAX_VALUE) {
            return LayerInference.failed("too-large", "Reshaping " + in + " to " + target + " gives a dimension of "
                    + in.size() / known + ", more than any layer can hold.",
                    "Make the other dimensions larger, so the -1 one comes out smaller.");
        }
        List<Integer> out = new ArrayList<>();
        for (int d : target) {
            out.add(d == -1 ? (int) (in.size() / known) : d);
        }
        return LayerInference.passThrough(Shape.of(out));
    }

    @Override
    public String summary(Params params) {
        return params.getInts(TARGET_SHAPE).toString();
    }
}
