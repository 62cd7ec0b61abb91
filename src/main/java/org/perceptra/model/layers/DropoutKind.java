package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/** Randomly silences values during training (inverted dropout: the survivors are scaled up by 1 / (1 - rate)). */
final class DropoutKind extends BaseKind {
    static final String RATE = "rate";

    DropoutKind() {
        super("Dropout", "Dropout", LayerFamily.REGULARIZATION,
                "While training, sets a random share of the values to 0 each step, so the network cannot rely on "
                        + "any single unit and overfits less. Does nothing when the network is used.",
                "training: y = x * m / (1 - rate), m random 0 or 1; afterwards: y = x",
                List.of(ParamSpec.real(RATE, "Rate", 0.5, 0.0, 0.99,
                        "Share of values dropped each training step: 0.5 drops half, 0 turns dropout off.")),
                1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        return LayerInference.passThrough(inputs.get(0));
    }

    @Override
    public String summary(Params params) {
        return String.valueOf(params.getDouble(RATE));
    }
}
