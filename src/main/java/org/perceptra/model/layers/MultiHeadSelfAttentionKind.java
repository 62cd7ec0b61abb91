package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * Self-attention over a sequence [t, d] -> [t, d], counted as Keras's MultiHeadAttention(num_heads=h,
 * key_dim=k, value_dim=k) with biases: query, key and value projections d -> h*k, and an output projection
 * h*k -> d. Multiply-adds: the three projections (3 t d h k), the scores and the weighted sum (2 t^2 h k), and
 * the output projection (t h k d); softmax and scaling are not counted.
 */
final class MultiHeadSelfAttentionKind extends BaseKind {
    static final String HEADS = "heads";
    static final String KEY_SIZE = "keySize";
    static final String DROPOUT = "dropout";

    MultiHeadSelfAttentionKind() {
        super("MultiHeadSelfAttention", "Multi-Head Self-Attention", LayerFamily.ATTENTION,
                "Lets every step of a sequence look at every other step and take in what is relevant to it. "
                        + "Several heads look for different kinds of relations at once. The heart of a transformer.",
                "head_i = softmax(Q_i K_i^T / sqrt(k)) V_i, with Q_i, K_i, V_i = x W_i + b; "
                        + "y = [head_1 ... head_h] W_o + b_o",
                List.of(ParamSpec.integer(HEADS, "Heads", 2, 1, 256,
                                "How many attention patterns are computed side by side."),
                        ParamSpec.integer(KEY_SIZE, "Key size", 16, 1, 4096,
                                "Size of each head's query, key and value vectors."),
                        ParamSpec.real(DROPOUT, "Dropout", 0.0, 0.0, 0.99,
                                "Share of attention weights dropped while training; 0 turns it off.")),
                1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape in = inputs.get(0);
        if (!in.isSequence()) {
            return ExpectedInput.sequence(this, in);
        }
        long t = in.dim(0);
        long d = in.dim(1);
        long hk = (long) params.getInt(HEADS) * params.getInt(KEY_SIZE);
        long weights = 3 * (d * hk + hk) + (hk * d + d);
        long macs = 3 * t * d * hk + 2 * t * t * hk + t * hk * d;
        return LayerInference.of(in, weights, macs);
    }

    @Override
    public String summary(Params params) {
        int heads = params.getInt(HEADS);
        return heads + (heads == 1 ? " head" : " heads") + " x " + params.getInt(KEY_SIZE);
    }

    @Override
    public String namePrefix() {
        return "attention";
    }
}
