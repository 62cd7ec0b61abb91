package org.perceptra.onnximport;

import static org.perceptra.onnximport.Translation.refusal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perceptra.model.LayerKind;
import org.perceptra.model.layers.StandardLayers;

/**
 * ONNX's LSTM and GRU, forward, starting from zero states, onto Perceptra's LSTM and GRU layers: the inverse of
 * the exporter's RecurrentLayers. ONNX keeps W as [1, gates * units, features] with LSTM gates i, o, f, c and
 * one bias row per side; the engine keeps Keras's [features, gates * units] with gates i, f, c, o, one LSTM bias
 * (the two sides summed) and GRU's two rows (reset after, ONNX's linear_before_reset 1).
 */
final class RecurrentOps {
    /** For each ONNX LSTM gate (i, o, f, c), its position in the engine's Keras order (i, f, c, o). */
    private static final int[] LSTM_GATES = {0, 3, 1, 2};
    private static final int[] GRU_GATES = {0, 1, 2};
    private static final List<String> LSTM_ACTIVATIONS = List.of("Sigmoid", "Tanh", "Tanh");
    private static final List<String> GRU_ACTIVATIONS = List.of("Sigmoid", "Tanh");

    private RecurrentOps() {
    }

    static void recurrent(OnnxNode n, Translation t) throws OnnxImportException {
        boolean lstm = n.op().equals("LSTM");
        int gates = lstm ? 4 : 3;
        int[] order = lstm ? LSTM_GATES : GRU_GATES;
        Value x = t.value(n, n.input(0));
        if (x.layout() != Layout.TIME_MAJOR || !x.shape().isSequence()) {
            throw refusal(n, "it must read a sequence [steps, features] turned time-major by a Transpose, as "
                    + "PyTorch's batch_first and Perceptra's exports give it");
        }
        checkAttributes(n, t, lstm);
        int units = (int) n.integer("hidden_size", 0);
        int features = x.shape().dim(1);
        Tensor w = t.constantInput(n, 1, "input weights");
        Tensor r = t.constantInput(n, 2, "recurrent weights");
        if (w.size() != gates * units * features || r.size() != gates * units * units) {
            throw refusal(n, "its weights do not fit " + units + " units and " + features + " features");
        }
        boolean sequences = t.consumers(n.output(0)) > 0;
        if (sequences && t.consumers(n.output(1)) > 0) {
            throw refusal(n, "Perceptra's recurrent layers give either every step's state or the last one, not both");
        }
        Map<String, float[]> weights = new HashMap<>();
        weights.put("W", kernel(w.floats(), features, units, order));
        weights.put("U", kernel(r.floats(), units, units, order));
        boolean bias = !n.input(3).isEmpty();
        if (bias) {
            Tensor b = t.constantInput(n, 3, "bias");
            if (b.size() != 2 * gates * units) {
                throw refusal(n, "its bias has " + b.size() + " values, not " + 2 * gates * units);
            }
            weights.put("b", lstm ? lstmBias(b.floats(), units) : b.floats());
        }
        LayerKind kind = lstm ? StandardLayers.LSTM : StandardLayers.GRU;
        Value out = t.add(n, kind, Map.of("units", units, "returnSequences", sequences, "useBias", bias),
                List.of(x.as(Layout.PLAIN)), weights);
        t.alias(n.output(0), out.as(Layout.ALL_STATES));
        t.alias(n.output(1), out.as(Layout.LAST_STATE));
    }

    private static void checkAttributes(OnnxNode n, Translation t, boolean lstm) throws OnnxImportException {
        if (!n.text("direction", "forward").equals("forward")) {
            throw refusal(n, "Perceptra's recurrent layers run forward only, this one " + n.text("direction", ""));
        }
        List<String> activations = n.texts("activations");
        if (!activations.isEmpty() && !activations.equals(lstm ? LSTM_ACTIVATIONS : GRU_ACTIVATIONS)) {
            throw refusal(n, "Perceptra's gates use the standard activations, this op " + activations);
        }
        if (n.has("clip") || n.integer("input_forget", 0) != 0 || n.integer("layout", 0) != 0) {
            throw refusal(n, "cell clipping, coupled gates and batch-major layout have no Perceptra counterpart");
        }
        if (!lstm && n.integer("linear_before_reset", 0) != 1) {
            throw refusal(n, "Perceptra's GRU applies the reset gate after the recurrent product "
                    + "(linear_before_reset 1, as PyTorch's)");
        }
        if (!n.input(4).isEmpty()) {
            throw refusal(n, "sequences of different lengths (sequence_lens) are not read");
        }
        for (int i = 5; i <= 7; i++) {
            if (!n.input(i).isEmpty() && !t.constant(n.input(i)).map(Tensor::isZero).orElse(false)) {
                throw refusal(n, "Perceptra's recurrent layers start from zero states, not given ones");
            }
        }
        if (!n.output(2).isEmpty() && t.consumers(n.output(2)) > 0) {
            throw refusal(n, "the cell state output has no Perceptra counterpart");
        }
    }

    /** ONNX [gates * units, rows] in ONNX's gate order back to the engine's [rows, gates * units]. */
    private static float[] kernel(float[] onnx, int rows, int units, int[] order) {
        int width = order.length * units;
        float[] out = new float[onnx.length];
        for (int gate = 0; gate < order.length; gate++) {
            for (int u = 0; u < units; u++) {
                int column = order[gate] * units + u;
                for (int row = 0; row < rows; row++) {
                    out[row * width + column] = onnx[(gate * units + u) * rows + row];
                }
            }
        }
        return out;
    }

    /** The input side's bias plus the recurrent side's, in the engine's gate order. */
    private static float[] lstmBias(float[] onnx, int units) {
        int width = 4 * units;
        float[] out = new float[width];
        for (int gate = 0; gate < 4; gate++) {
            for (int u = 0; u < units; u++) {
                out[LSTM_GATES[gate] * units + u] = onnx[gate * units + u] + onnx[width + gate * units + u];
            }
        }
        return out;
    }

    /** {@code h[-1]} or {@code h[0]} of a one-direction last state: the state itself. */
    static void lastState(OnnxNode n, Translation t, Value x) throws OnnxImportException {
        long[] index = t.constantInput(n, 1, "index").longs();
        if (index == null || index.length != 1 || (index[0] != 0 && index[0] != -1) || n.integer("axis", 0) != 0) {
            throw refusal(n, "only the one direction of a recurrent op's last state can be taken");
        }
        t.alias(n.output(0), x.as(Layout.PLAIN));
    }
}
