package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/** Lays any tensor out as one long vector. */
final class FlattenKind extends BaseKind {
    FlattenKind() {
        super("Flatten", "Flatten", LayerFamily.CORE,
                "Lays an image or a sequence out as one long row of numbers, so a Dense layer can use it.",
                "[c, h, w] -> [c * h * w]", List.of(), 1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        long size = inputs.get(0).size();
        if (size > Integer.MAX_VALUE) {
            return LayerInference.failed("too-large", "Flattening " + inputs.get(0) + " gives " + size
                    + " values, more than any layer can hold.", "Pool or shrink the input first.");
        }
        return LayerInference.passThrough(Shape.of((int) size));
    }
}
