package org.perceptra.model.layers;

import java.util.List;

/** Long short-term memory: four gates (input, forget, cell, output) with fixed sigmoid and tanh. */
final class LstmKind extends RecurrentKind {
    LstmKind() {
        super("LSTM", "LSTM",
                "Reads a sequence step by step like a simple RNN, but learned gates decide what to remember, what "
                        + "to forget and what to output, so it keeps information over long sequences.",
                "i, f, o = sigmoid(W x[t] + U h[t-1] + b); c[t] = f * c[t-1] + i * tanh(W_c x[t] + U_c h[t-1] + b_c); "
                        + "h[t] = o * tanh(c[t])",
                List.of(), 4, 1);
    }
}
