package org.perceptra.engine;

import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.model.Shape;

/**
 * PositionalEncoding and MultiHeadSelfAttention on sequences [batch, T, d]. Attention is written out from
 * matrix products (Keras's MultiHeadAttention with key_dim = value_dim = k, biases on), rather than ND4J's
 * multiHeadDotProductAttention, whose weight layout differs from Keras's and ONNX's; projections are stored
 * as [d, heads * k] and [heads * k, d].
 */
final class AttentionCompilers {
    /** Spread of the learned position table at the start (BERT's). */
    private static final double LEARNED_POSITION_STD = 0.02;

    private AttentionCompilers() {
    }

    static void register(Map<String, LayerCompiler> into) {
        into.put("PositionalEncoding", AttentionCompilers::positionalEncoding);
        into.put("MultiHeadSelfAttention", LayerCompiler.modeDependent(AttentionCompilers::attention));
    }

    private static SDVariable positionalEncoding(LayerBuild b) {
        int steps = b.inShape().dim(0);
        int d = b.inShape().dim(1);
        long[] shape = {steps, d};
        if (b.params().getString("type").equals("learned")) {
            double[] init = WeightInit.normal(LEARNED_POSITION_STD, steps * d, b.ctx().seed(), b.id() + "/P");
            return b.input().add(b.ctx().trainable(b.id(), "P", shape, init));
        }
        double[] table = new double[steps * d];
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < d; i++) {
                double angle = t / Math.pow(10_000, (double) (i - i % 2) / d);
                table[t * d + i] = i % 2 == 0 ? Math.sin(angle) : Math.cos(angle);
            }
        }
        return b.input().add(b.sd().constant(Nd4j.create(table, shape, org.nd4j.linalg.api.buffer.DataType.DOUBLE)
                .castTo(b.ctx().dataType())));
    }

    private static SDVariable attention(LayerBuild b) {
        SameDiff sd = b.sd();
        int steps = b.inShape().dim(0);
        int d = b.inShape().dim(1);
        int heads = b.params().getInt("heads");
        int k = b.params().getInt("keySize");
        SDVariable flat = b.input().reshape(-1, d);
        SDVariable q = heads(project(b, flat, "q", d, heads * k), steps, heads, k);
        SDVariable key = heads(project(b, flat, "k", d, heads * k), steps, heads, k);
        SDVariable v = heads(project(b, flat, "v", d, heads * k), steps, heads, k);
        // [batch, heads, T, k] x [batch, heads, k, T]: every step's score against every other step.
        SDVariable scores = sd.mmul(q, key, false, true, false).div(Math.sqrt(k));
        SDVariable weights = CoreCompilers.dropout(b, sd.nn.softmax(scores, 3), Shape.of(heads, steps, steps),
                "attention_mask", b.params().getDouble("dropout"));
        SDVariable mixed = sd.mmul(weights, v).permute(0, 2, 1, 3).reshape(-1, (long) heads * k);
        return project(b, mixed, "o", heads * k, d).reshape(-1, steps, d);
    }

    /** x W_name + b_name on rows of a [rows, in] matrix. */
    private static SDVariable project(LayerBuild b, SDVariable x, String name, int in, int out) {
        SDVariable w = b.weight("W" + name, new long[] {in, out}, in, out, "glorot_uniform");
        return x.mmul(w).add(b.bias("b" + name, new long[] {out}, 0.0));
    }

    /** [batch * T, heads * k] to [batch, heads, T, k]. */
    private static SDVariable heads(SDVariable x, int steps, int heads, int k) {
        return x.reshape(-1, steps, heads, k).permute(0, 2, 1, 3);
    }
}
