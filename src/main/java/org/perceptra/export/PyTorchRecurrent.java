package org.perceptra.export;

import org.perceptra.export.PyTorchModule.Layer;
import org.perceptra.model.Activation;

/**
 * LSTM, GRU and SimpleRNN as PyTorch's recurrent layers ({@code batch_first=True}, zero initial states, as the
 * engine starts), and multi-head self-attention as a small module of four nn.Linear. The engine keeps Keras's
 * layouts (W [features, gates * units], U [units, gates * units]); PyTorch wants each transposed, and its GRU
 * gates in the order r, z, n where Keras has z, r, h. LSTM's gates (i, f, g, o) are in Keras's order already.
 * PyTorch has a bias on each side; the engine's LSTM and SimpleRNN have the input side's only.
 */
final class PyTorchRecurrent {
    private static final int[] LSTM_GATES = {0, 1, 2, 3};
    private static final int[] GRU_GATES = {1, 0, 2};

    static final String RNN_HELPER = """
            class UnrolledRNN(nn.Module):
                \"""A simple recurrent layer with any activation (nn.RNN offers tanh and relu only), laid out
                as nn.RNN: h_t = activation(x_t W_ih^T + b_ih + h_(t-1) W_hh^T), from h_0 = 0.\"""

                def __init__(self, features, units, activation, bias=True):
                    super().__init__()
                    self.weight_ih_l0 = nn.Parameter(torch.zeros(units, features))
                    self.weight_hh_l0 = nn.Parameter(torch.zeros(units, units))
                    self.bias_ih_l0 = nn.Parameter(torch.zeros(units)) if bias else None
                    self.activation = activation

                def forward(self, x):
                    z = F.linear(x, self.weight_ih_l0, self.bias_ih_l0)
                    h = torch.zeros_like(z[:, 0])
                    steps = []
                    for t in range(z.shape[1]):
                        h = self.activation(z[:, t] + F.linear(h, self.weight_hh_l0))
                        steps.append(h)
                    return torch.stack(steps, 1), h
            """;

    static final String ATTENTION_HELPER = """
            class SelfAttention(nn.Module):
                \"""Multi-head self-attention as Perceptra computes it (Keras's MultiHeadAttention with key size =
                value size): nn.MultiheadAttention would need heads * key size to equal the width.\"""

                def __init__(self, width, heads, key_size):
                    super().__init__()
                    self.heads, self.key_size = heads, key_size
                    self.query = nn.Linear(width, heads * key_size)
                    self.key = nn.Linear(width, heads * key_size)
                    self.value = nn.Linear(width, heads * key_size)
                    self.output = nn.Linear(heads * key_size, width)

                def forward(self, x):
                    n, steps, _ = x.shape

                    def split(z):  # [n, steps, heads * key_size] -> [n, heads, steps, key_size]
                        return z.reshape(n, steps, self.heads, self.key_size).transpose(1, 2)

                    q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
                    weights = torch.softmax(q @ k.transpose(2, 3) / math.sqrt(self.key_size), dim=-1)
                    mixed = (weights @ v).transpose(1, 2).reshape(n, steps, self.heads * self.key_size)
                    return self.output(mixed)
            """;

    private PyTorchRecurrent() {
    }

    static String lstm(Layer l) {
        boolean bias = l.params().getBool("useBias");
        int width = 4 * l.params().getInt("units");
        return recurrent(l, "nn.LSTM", 4, LSTM_GATES, bias ? l.tensor("b") : null, bias ? new float[width] : null);
    }

    /** The engine's b is [2, 3 * units]: the input side's row, then the recurrent side's, as b_ih and b_hh. */
    static String gru(Layer l) {
        int width = 3 * l.params().getInt("units");
        if (!l.params().getBool("useBias")) {
            return recurrent(l, "nn.GRU", 3, GRU_GATES, null, null);
        }
        float[] b = l.tensor("b");
        float[] input = new float[width];
        float[] hidden = new float[width];
        System.arraycopy(b, 0, input, 0, width);
        System.arraycopy(b, width, hidden, 0, width);
        return recurrent(l, "nn.GRU", 3, GRU_GATES, input, hidden);
    }

    /** nn.RNN for tanh and relu; any other activation unrolled by the UnrolledRNN helper. */
    static String simpleRnn(Layer l) {
        String activation = l.params().getString("activation");
        int units = l.params().getInt("units");
        boolean bias = l.params().getBool("useBias");
        if (activation.equals("tanh") || activation.equals("relu")) {
            return recurrent(l, "nn.RNN", 1, new int[] {0}, bias ? l.tensor("b") : null,
                    bias ? new float[units] : null);
        }
        l.module().helpers.add(RNN_HELPER);
        int features = l.inShape().dim(1);
        String f = PyTorchLayers.activation(Activation.of(activation), l.params().getDouble("negativeSlope"), "x");
        l.declare("UnrolledRNN(" + features + ", " + units + ", lambda x: " + f + (bias ? "" : ", bias=False") + ")");
        weights(l, 1, new int[] {0}, bias ? l.tensor("b") : null, null);
        return output(l);
    }

    private static String recurrent(Layer l, String type, int gates, int[] order, float[] inputBias,
                                    float[] hiddenBias) {
        int features = l.inShape().dim(1);
        int units = l.params().getInt("units");
        String nonlinearity = type.equals("nn.RNN") ? ", nonlinearity=\"" + l.params().getString("activation") + "\""
                : "";
        l.declare(type + "(" + features + ", " + units + nonlinearity + (inputBias == null ? ", bias=False" : "")
                + ", batch_first=True)");
        weights(l, gates, order, inputBias, hiddenBias);
        return output(l);
    }

    private static void weights(Layer l, int gates, int[] order, float[] inputBias, float[] hiddenBias) {
        int features = l.inShape().dim(1);
        int units = l.params().getInt("units");
        int width = gates * units;
        l.weight("weight_ih_l0", RecurrentLayers.transposeGates(l.tensor("W"), features, units, order), width,
                features);
        l.weight("weight_hh_l0", RecurrentLayers.transposeGates(l.tensor("U"), units, units, order), width, units);
        if (inputBias != null) {
            l.weight("bias_ih_l0", RecurrentLayers.reorder(inputBias, 1, units, order), width);
        }
        if (hiddenBias != null) {
            l.weight("bias_hh_l0", RecurrentLayers.reorder(hiddenBias, 1, units, order), width);
        }
    }

    /** The whole sequence, or the last step's state. */
    private static String output(Layer l) {
        String all = "self." + l.attr() + "(" + l.input() + ")[0]";
        return l.params().getBool("returnSequences") ? all : all + "[:, -1]";
    }

    /** Projections stored as [d, heads * k] and [heads * k, d], each transposed into an nn.Linear. */
    static String selfAttention(Layer l) {
        l.module().helpers.add(ATTENTION_HELPER);
        int d = l.inShape().dim(1);
        int heads = l.params().getInt("heads");
        int k = l.params().getInt("keySize");
        l.declare("SelfAttention(" + d + ", heads=" + heads + ", key_size=" + k + ")");
        String[][] parts = {{"query", "q"}, {"key", "k"}, {"value", "v"}};
        for (String[] p : parts) {
            l.weight(p[0] + ".weight", PyTorchLayers.transpose(l.tensor("W" + p[1]), d, heads * k), heads * k, d);
            l.weight(p[0] + ".bias", l.tensor("b" + p[1]), heads * k);
        }
        l.weight("output.weight", PyTorchLayers.transpose(l.tensor("Wo"), heads * k, d), d, heads * k);
        l.weight("output.bias", l.tensor("bo"), d);
        return "self." + l.attr() + "(" + l.input() + ")";
    }
}
