package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * What SimpleRNN, LSTM and GRU share: a sequence [t, f] in, the last state [u] (or every state [t, u]) out.
 * Each of the {@code gates} has an input matrix f x u, a recurrent matrix u x u and {@code biasesPerGate} bias
 * vectors of u. Counts follow Keras; PyTorch gives SimpleRNN and LSTM a second bias vector per gate (b_ih and
 * b_hh), so it reports u (SimpleRNN) or 4u (LSTM) more. For GRU, Keras 2's default reset_after=True already has
 * both, like PyTorch. Multiply-adds: t * gates * (f*u + u*u), the matrix products only.
 */
abstract class RecurrentKind extends BaseKind {
    static final String UNITS = "units";
    static final String RETURN_SEQUENCES = "returnSequences";

    private final int gates;
    private final int biasesPerGate;

    RecurrentKind(String id, String displayName, String description, String formula, List<ParamSpec> extra,
                  int gates, int biasesPerGate) {
        super(id, displayName, LayerFamily.RECURRENT, description, formula,
                CommonParams.concat(
                        List.of(ParamSpec.integer(UNITS, "Units", 32, 1, CommonParams.MAX_UNITS,
                                        "Size of the memory (hidden state) carried from one step to the next."),
                                ParamSpec.flag(RETURN_SEQUENCES, "Return sequences", false,
                                        "Output the state after every step [t, units], needed when another "
                                                + "recurrent layer follows; off gives only the last state [units].")),
                        extra,
                        CommonParams.weightParams("glorot_uniform")),
                1, 1);
        this.gates = gates;
        this.biasesPerGate = biasesPerGate;
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape in = inputs.get(0);
        if (!in.isSequence()) {
            return ExpectedInput.sequence(this, in);
        }
        int steps = in.dim(0);
        long f = in.dim(1);
        int u = params.getInt(UNITS);
        long perGate = f * u + (long) u * u;
        long biases = params.getBool(CommonParams.USE_BIAS) ? (long) biasesPerGate * u : 0;
        Shape out = params.getBool(RETURN_SEQUENCES) ? Shape.of(steps, u) : Shape.of(u);
        return LayerInference.of(out, gates * (perGate + biases), steps * gates * perGate);
    }

    @Override
    public String summary(Params params) {
        return params.getInt(UNITS) + (params.getBool(RETURN_SEQUENCES) ? ", sequences" : "");
    }
}
