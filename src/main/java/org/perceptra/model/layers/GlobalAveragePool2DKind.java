package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/** Averages each channel over the whole image: [c, h, w] -> [c]. A weight-free alternative to Flatten. */
final class GlobalAveragePool2DKind extends BaseKind {
    GlobalAveragePool2DKind() {
        super("GlobalAveragePool2D", "Global Average Pool", LayerFamily.POOLING,
                "Replaces each channel of the image by its average, giving one number per channel. Often used "
                        + "instead of Flatten before the output: far fewer weights, and any image size works.",
                "y[c] = mean over i, j of x[c, i, j]", List.of(), 1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape in = inputs.get(0);
        if (!in.isImage()) {
            return ExpectedInput.image(this, in);
        }
        return LayerInference.passThrough(Shape.of(in.dim(0)));
    }

    @Override
    public String namePrefix() {
        return "global_avg_pool";
    }
}
