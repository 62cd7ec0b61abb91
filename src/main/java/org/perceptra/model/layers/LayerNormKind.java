package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * Layer normalisation over the last axis, one sample at a time (the features of each sequence step in a
 * transformer). On an image the last axis is the width, as in PyTorch's {@code LayerNorm(w)}. A learned scale
 * and shift per value of that axis: 2 * last parameters.
 */
final class LayerNormKind extends BaseKind {
    static final String EPSILON = "epsilon";

    LayerNormKind() {
        super("LayerNorm", "Layer Normalization", LayerFamily.NORMALIZATION,
                "Rescales the features of each sample (each step of a sequence) to mean 0 and spread 1, then "
                        + "applies a learned scale and shift. Unlike BatchNorm it does not depend on the batch.",
                "y = gamma * (x - mean) / sqrt(var + epsilon) + beta, over the last axis",
                List.of(ParamSpec.real(EPSILON, "Epsilon", 1e-5, 0.0, 1.0,
                        "A small number added to the variance so it never divides by zero.").exclusiveMin()),
                1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape in = inputs.get(0);
        return LayerInference.of(in, 2L * in.last(), 0);
    }

    @Override
    public String namePrefix() {
        return "layer_norm";
    }
}
