package org.perceptra.model.layers;

import java.util.List;

/**
 * Gated recurrent unit with three gates (update, reset, candidate). Counted as Keras 2's default reset_after=True,
 * which is also PyTorch's GRU: two bias vectors per gate.
 */
final class GruKind extends RecurrentKind {
    GruKind() {
        super("GRU", "GRU",
                "Reads a sequence step by step with two learned gates that decide how much of the memory to keep "
                        + "and how much to renew. Nearly as good as an LSTM, with fewer weights.",
                "z, r = sigmoid(W x[t] + U h[t-1] + b); n = tanh(W_n x[t] + r * (U_n h[t-1] + b_n)); "
                        + "h[t] = (1 - z) * n + z * h[t-1]",
                List.of(), 3, 2);
    }
}
