package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/** A fully connected layer. On a sequence it applies to every step, as Keras and PyTorch do. */
final class DenseKind extends BaseKind {
    static final String UNITS = "units";

    DenseKind() {
        super("Dense", "Dense", LayerFamily.CORE,
                "Every output unit looks at every input value, weighs them and adds them up. "
                        + "The basic building block of a neural network.",
                "y = activation(W x + b)",
                CommonParams.concat(
                        List.of(ParamSpec.integer(UNITS, "Units", 16, 1, CommonParams.MAX_UNITS,
                                "How many output values (neurons) this layer has.")),
                        CommonParams.activationParams("relu"),
                        CommonParams.weightParams("glorot_uniform")),
                1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        return infer(this, inputs.get(0), params);
    }

    /** Shared with Output, which is a Dense layer plus a loss. */
    static LayerInference infer(BaseKind kind, Shape in, Params params) {
        if (in.isImage()) {
            return LayerInference.failed("needs-flatten",
                    kind.displayName() + " expects a vector but receives an image " + in + ".",
                    "Insert a Flatten (or GlobalAveragePool2D) layer before it.");
        }
        int units = params.getInt(UNITS);
        long fanIn = in.last();
        long weights = fanIn * units + (params.getBool(CommonParams.USE_BIAS) ? units : 0);
        long positions = in.size() / fanIn;
        return LayerInference.of(in.withDim(in.rank() - 1, units), weights, positions * fanIn * units);
    }

    @Override
    public String summary(Params params) {
        return params.getInt(UNITS) + ", " + params.getString(CommonParams.ACTIVATION);
    }
}
