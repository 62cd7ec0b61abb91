package org.perceptra.export;

import static org.perceptra.export.OnnxGraph.in;
import static org.perceptra.export.OnnxGraph.intAttr;
import static org.perceptra.export.OnnxGraph.intsAttr;

import ai.onnx.proto.OnnxMl.AttributeProto;

/**
 * LSTM and GRU as ONNX's own ops, SimpleRNN unrolled (so that any of the catalogue's activations works). The
 * engine keeps Keras's layouts: W [features, gates * units], U [units, gates * units], LSTM gates i, f, c, o,
 * GRU gates z, r, h with reset_after and a bias row per side. ONNX wants W [1, gates * units, features], R [1,
 * gates * units, units], one bias row [input side, recurrent side], LSTM gates i, o, f, c, and (at opset 13)
 * time-major sequences [T, batch, features]; the values are rearranged here and the sequences transposed
 * around the op. Both start from zero states, as the engine does.
 */
final class RecurrentLayers {
    /** For each ONNX LSTM gate (i, o, f, c), its position in the engine's Keras order (i, f, c, o). */
    private static final int[] LSTM_GATES = {0, 3, 1, 2};
    private static final int[] GRU_GATES = {0, 1, 2};

    private RecurrentLayers() {
    }

    static String lstm(OnnxLayers.Layer l) {
        int units = l.params().getInt("units");
        float[] bias = new float[8 * units];
        if (l.params().getBool("useBias")) {
            float[] b = l.tensor("b");
            System.arraycopy(reorder(b, 1, units, LSTM_GATES), 0, bias, 0, 4 * units);
        }
        return op(l, "LSTM", 4, LSTM_GATES, bias);
    }

    /** The engine's b is [2, 3 * units]: the input side's row and the recurrent side's, as ONNX's B. */
    static String gru(OnnxLayers.Layer l) {
        int units = l.params().getInt("units");
        float[] bias = l.params().getBool("useBias") ? l.tensor("b") : new float[6 * units];
        return op(l, "GRU", 3, GRU_GATES, bias, intAttr("linear_before_reset", 1));
    }

    private static String op(OnnxLayers.Layer l, String op, int gates, int[] order, float[] bias,
                             AttributeProto... extra) {
        OnnxGraph g = l.g();
        int units = l.params().getInt("units");
        int features = l.inShape().dim(1);
        String w = g.floats(l.name("W"), new long[] {1, (long) gates * units, features},
                transposeGates(l.tensor("W"), features, units, order));
        String r = g.floats(l.name("U"), new long[] {1, (long) gates * units, units},
                transposeGates(l.tensor("U"), units, units, order));
        String b = g.floats(l.name("b"), new long[] {1, 2L * gates * units}, bias);
        String timeMajor = g.node("Transpose", l.name("TimeMajor"), in(l.input()), intsAttr("perm", 1, 0, 2));
        AttributeProto[] attributes = new AttributeProto[extra.length + 1];
        attributes[0] = intAttr("hidden_size", units);
        System.arraycopy(extra, 0, attributes, 1, extra.length);
        String all = l.name("Y");
        String last = l.name("Y_h");
        g.node(op, l.name(op), in(timeMajor, w, r, b), new String[] {all, last}, attributes);
        if (!l.params().getBool("returnSequences")) {
            return g.node("Squeeze", l.name("Last"), in(last, g.longs(l.name("last_axes"), 0)));
        }
        // Y is [T, directions, batch, units].
        String sequence = g.node("Squeeze", l.name("Steps"), in(all, g.longs(l.name("steps_axes"), 1)));
        return g.node("Transpose", l.name("BatchMajor"), in(sequence), intsAttr("perm", 1, 0, 2));
    }

    /**
     * [rows, gates * units] (Keras's gate order) to [gates * units, rows] in ONNX's: output row {@code
     * gate * units + u} is input column {@code order[gate] * units + u}.
     */
    static float[] transposeGates(float[] kernel, int rows, int units, int[] order) {
        int gates = order.length;
        int width = gates * units;
        float[] out = new float[kernel.length];
        for (int gate = 0; gate < gates; gate++) {
            for (int u = 0; u < units; u++) {
                int column = order[gate] * units + u;
                for (int row = 0; row < rows; row++) {
                    out[(gate * units + u) * rows + row] = kernel[row * width + column];
                }
            }
        }
        return out;
    }

    /** A bias of {@code gates * units} per row, its gates put in ONNX's order. */
    static float[] reorder(float[] bias, int rows, int units, int[] order) {
        int width = order.length * units;
        float[] out = new float[bias.length];
        for (int row = 0; row < rows; row++) {
            for (int gate = 0; gate < order.length; gate++) {
                System.arraycopy(bias, row * width + order[gate] * units, out, row * width + gate * units, units);
            }
        }
        return out;
    }

    /**
     * Unrolled as the engine unrolls it: one product projects every step's input, then each step adds the
     * previous state times U and applies the node's activation.
     */
    static String simpleRnn(OnnxLayers.Layer l) {
        OnnxGraph g = l.g();
        int units = l.params().getInt("units");
        int steps = l.inShape().dim(0);
        int features = l.inShape().dim(1);
        String xw = g.node("MatMul", l.name("MatMul"), in(l.input(), l.constant("W", features, units)));
        if (l.params().getBool("useBias")) {
            xw = g.node("Add", l.name("BiasAdd"), in(xw, l.constant("b", units)));
        }
        String u = l.constant("U", units, units);
        String h = null;
        String[] outputs = new String[steps];
        for (int t = 0; t < steps; t++) {
            String step = g.node("Gather", l.name("Step_" + t), in(xw, g.longs(l.name("t_" + t), t)),
                    intAttr("axis", 1));
            // Gather with a one-element index keeps the time axis: [batch, 1, units] to [batch, units].
            String z = g.node("Squeeze", l.name("StepSqueeze_" + t), in(step, g.longs(l.name("axis_" + t), 1)));
            if (h != null) {
                z = g.node("Add", l.name("Recur_" + t), in(z, g.node("MatMul", l.name("StateMatMul_" + t), in(h, u))));
            }
            h = OnnxLayers.activation(l, z, "_" + t);
            outputs[t] = h;
        }
        if (!l.params().getBool("returnSequences")) {
            return h;
        }
        String[] unsqueezed = new String[steps];
        String axis = g.longs(l.name("stack_axis"), 1);
        for (int t = 0; t < steps; t++) {
            unsqueezed[t] = g.node("Unsqueeze", l.name("Unsqueeze_" + t), in(outputs[t], axis));
        }
        return g.node("Concat", l.name("Stack"), unsqueezed, intAttr("axis", 1));
    }
}
