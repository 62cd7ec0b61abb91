package org.perceptra.model.layers;

import org.perceptra.model.Params;

/** The plainest recurrent layer: one tanh (or other) update of the state per step. */
final class SimpleRnnKind extends RecurrentKind {
    SimpleRnnKind() {
        super("SimpleRNN", "Simple RNN",
                "Reads a sequence one step at a time, mixing each step into a memory of what came before. "
                        + "Simple, but it forgets quickly over long sequences.",
                "h[t] = activation(W x[t] + U h[t-1] + b)",
                CommonParams.activationParams("tanh"), 1, 1);
    }

    @Override
    public String summary(Params params) {
        return super.summary(params) + ", " + params.getString(CommonParams.ACTIVATION);
    }
}
