package org.perceptra.export;

import static org.perceptra.export.OnnxGraph.in;
import static org.perceptra.export.OnnxGraph.intAttr;
import static org.perceptra.export.OnnxGraph.intsAttr;

/**
 * Multi-head self-attention written out in ONNX ops as the engine writes it (AttentionCompilers): projections
 * stored as [d, heads * k] and [heads * k, d] (Keras's MultiHeadAttention with key_dim = value_dim = k), scores
 * scaled by 1/sqrt(k), softmax over the keys; the attention dropout is left out, as at inference.
 */
final class AttentionLayers {
    private AttentionLayers() {
    }

    static String selfAttention(OnnxLayers.Layer l) {
        OnnxGraph g = l.g();
        int steps = l.inShape().dim(0);
        int d = l.inShape().dim(1);
        int heads = l.params().getInt("heads");
        int k = l.params().getInt("keySize");
        String split = g.longs(l.name("heads_shape"), -1, steps, heads, k);
        String q = g.node("Transpose", l.name("QueryHeads"), in(project(l, l.input(), "q", d, heads * k, split)),
                intsAttr("perm", 0, 2, 1, 3));                                       // [batch, heads, T, k]
        String keysT = g.node("Transpose", l.name("KeyHeads"), in(project(l, l.input(), "k", d, heads * k, split)),
                intsAttr("perm", 0, 2, 3, 1));                                       // [batch, heads, k, T]
        String v = g.node("Transpose", l.name("ValueHeads"), in(project(l, l.input(), "v", d, heads * k, split)),
                intsAttr("perm", 0, 2, 1, 3));
        String scores = g.node("Div", l.name("Scale"), in(g.node("MatMul", l.name("Scores"), in(q, keysT)),
                g.scalar(l.name("sqrt_key_size"), (float) Math.sqrt(k))));
        String weights = g.node("Softmax", l.name("Softmax"), in(scores), intAttr("axis", -1));
        String mixed = g.node("Transpose", l.name("MixedSteps"), in(g.node("MatMul", l.name("Mix"), in(weights, v))),
                intsAttr("perm", 0, 2, 1, 3));                                       // [batch, T, heads, k]
        String merged = g.node("Reshape", l.name("MergeHeads"),
                in(mixed, g.longs(l.name("merged_shape"), -1, steps, (long) heads * k)));
        return project(l, merged, "o", heads * k, d, null);
    }

    /** x W_name + b_name at every step; with {@code heads} given, reshaped to [batch, T, heads, k]. */
    private static String project(OnnxLayers.Layer l, String x, String name, int in, int out, String heads) {
        OnnxGraph g = l.g();
        String z = g.node("MatMul", l.name("Project_" + name), in(x, l.constant("W" + name, in, out)));
        z = g.node("Add", l.name("ProjectBias_" + name), in(z, l.constant("b" + name, out)));
        return heads == null ? z : g.node("Reshape", l.name("Split_" + name), in(z, heads));
    }
}
