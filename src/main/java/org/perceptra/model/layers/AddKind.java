package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/** Element-wise sum of two or more tensors of the same shape: the join of a residual (skip) connection. */
final class AddKind extends BaseKind {
    AddKind() {
        super("Add", "Add", LayerFamily.MERGE,
                "Adds its inputs value by value. Used to join a skip (residual) connection back into the main path; "
                        + "all inputs must have the same shape.",
                "y = x1 + x2 + ...", List.of(), 2, MANY);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape first = inputs.get(0);
        for (Shape s : inputs.subList(1, inputs.size())) {
            if (!s.equals(first)) {
                return LayerInference.failed("shape-mismatch", "Add needs inputs of the same shape, but receives "
                                + inputs.stream().map(Shape::toString).collect(java.util.stream.Collectors.joining(" and ")) + ".",
                        "Change the layers feeding it so both produce " + first + " (for example the same number of "
                                + "units or filters), or use Concatenate instead.");
            }
        }
        return LayerInference.passThrough(first);
    }
}
