package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * Adds to each step of a sequence [t, d] a vector saying where it is: fixed sine waves (0 parameters, as in
 * "Attention Is All You Need") or a learned table of t x d (as BERT and the Keras examples do).
 */
final class PositionalEncodingKind extends BaseKind {
    static final String TYPE = "type";
    static final String SINUSOIDAL = "sinusoidal";
    static final String LEARNED = "learned";

    PositionalEncodingKind() {
        super("PositionalEncoding", "Positional Encoding", LayerFamily.ATTENTION,
                "Attention alone does not know the order of the steps; this adds to each step a pattern that "
                        + "tells its position, so word order can matter.",
                "y[t] = x[t] + P[t]; sinusoidal P[t, 2i] = sin(t / 10000^(2i/d)), P[t, 2i+1] = cos(...)",
                List.of(ParamSpec.choice(TYPE, "Type", SINUSOIDAL, List.of(SINUSOIDAL, LEARNED),
                        "'sinusoidal' uses fixed waves and has no weights; 'learned' learns one vector per position.")),
                1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape in = inputs.get(0);
        if (!in.isSequence()) {
            return ExpectedInput.sequence(this, in);
        }
        return LayerInference.of(in, params.getString(TYPE).equals(LEARNED) ? in.size() : 0, 0);
    }

    @Override
    public String summary(Params params) {
        return params.getString(TYPE);
    }
}
