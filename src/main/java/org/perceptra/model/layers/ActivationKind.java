package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/** An activation function as a layer of its own, for example after BatchNorm. Softmax acts on the last axis. */
final class ActivationKind extends BaseKind {
    ActivationKind() {
        super("Activation", "Activation", LayerFamily.CORE,
                "Applies a function to every value on its own, without weights, for example ReLU after a "
                        + "BatchNorm. Softmax is the exception: it turns each row of the last axis into probabilities.",
                "y = f(x), element by element (softmax: over the last axis)",
                CommonParams.activationParams("relu"), 1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        return LayerInference.passThrough(inputs.get(0));
    }

    @Override
    public String summary(Params params) {
        return params.getString(CommonParams.ACTIVATION);
    }
}
