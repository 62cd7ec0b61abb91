package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * The head of the network: a Dense layer whose activation and loss say what the network predicts. Its units
 * must match the dataset's targets (one per class, or one per value).
 */
public final class OutputKind extends BaseKind {
    public static final String UNITS = DenseKind.UNITS;
    public static final String ACTIVATION = CommonParams.ACTIVATION;
    public static final String LOSS = "loss";
    public static final String FOCAL_GAMMA = "focalGamma";

    public static final String MSE = "mse";
    public static final String MAE = "mae";
    public static final String HUBER = "huber";
    public static final String BINARY_CE = "binary_crossentropy";
    public static final String CATEGORICAL_CE = "categorical_crossentropy";
    public static final String FOCAL = "focal";
    public static final List<String> LOSSES = List.of(MSE, MAE, HUBER, BINARY_CE, CATEGORICAL_CE, FOCAL);

    OutputKind() {
        super("Output", "Output", LayerFamily.OUTPUT,
                "The network's answer: one unit per class (with softmax) or per predicted value (with linear), "
                        + "and the loss that measures how wrong the answer is.",
                "y = activation(W x + b); loss(y, target)",
                CommonParams.concat(
                        List.of(ParamSpec.integer(UNITS, "Units", 2, 1, CommonParams.MAX_UNITS,
                                "How many values the network predicts: one per class, or one per regression target.")),
                        CommonParams.activationParams("softmax"),
                        List.of(ParamSpec.choice(LOSS, "Loss", CATEGORICAL_CE, LOSSES,
                                        "How wrongness is measured: cross-entropy for classes, MSE/MAE/Huber for numbers."),
                                ParamSpec.real(FOCAL_GAMMA, "Focal gamma", 2.0, 0.0, 10.0,
                                        "For focal loss: how much to ignore easy, already-correct samples.")),
                        CommonParams.weightParams("glorot_uniform")),
                1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        LayerInference base = DenseKind.infer(this, inputs.get(0), params);
        if (!base.hasOutput()) {
            return base;
        }
        return LossFit.check(base, params.getString(ACTIVATION), params.getString(LOSS), params.getInt(UNITS));
    }

    @Override
    public String summary(Params params) {
        return params.getInt(UNITS) + ", " + params.getString(ACTIVATION) + ", " + params.getString(LOSS);
    }
}
