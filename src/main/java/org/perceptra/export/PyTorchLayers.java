package org.perceptra.export;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.perceptra.export.PyTorchModule.Layer;
import org.perceptra.model.Activation;
import org.perceptra.model.Shape;

/**
 * The PyTorch code of each exportable kind, mirroring the engine's compilers at inference as the ONNX
 * translations do (OnnxLayers): a layer with weights becomes one attribute of the module (nn.Linear, nn.Conv2d,
 * nn.BatchNorm2d, ...) and its weights the attribute's state-dict entries, in PyTorch's layouts (Linear weights
 * [out, in], conv kernels OIHW); layers without weights are a line of {@code forward}. Images stay
 * channels-first, as in the engine.
 */
final class PyTorchLayers {
    @FunctionalInterface
    interface Translation {
        /** Declares what the node needs; returns the Python expression of its output. */
        String add(Layer l);
    }

    private static final Map<String, Translation> KINDS = Map.ofEntries(
            Map.entry("Dense", PyTorchLayers::linear),
            Map.entry("Output", PyTorchLayers::linear),
            Map.entry("Activation", l -> activation(l, l.input())),
            Map.entry("Dropout", PyTorchLayers::dropout),
            Map.entry("Flatten", l -> "torch.flatten(" + l.input() + ", 1)"),
            Map.entry("Reshape", l -> l.input() + ".reshape(" + dims(-1, l.output()) + ")"),
            Map.entry("Add", l -> String.join(" + ", l.inputs())),
            Map.entry("Concatenate", PyTorchLayers::concatenate),
            Map.entry("Conv2D", PyTorchLayers::conv2d),
            Map.entry("MaxPool2D", l -> PyTorchPooling.pool(l, true)),
            Map.entry("AvgPool2D", l -> PyTorchPooling.pool(l, false)),
            Map.entry("GlobalAveragePool2D", l -> l.input() + ".mean(dim=(2, 3))"),
            Map.entry("BatchNorm", PyTorchLayers::batchNorm),
            Map.entry("LayerNorm", PyTorchLayers::layerNorm),
            Map.entry("Embedding", PyTorchLayers::embedding),
            Map.entry("PositionalEncoding", PyTorchLayers::positionalEncoding),
            Map.entry("LSTM", PyTorchRecurrent::lstm),
            Map.entry("GRU", PyTorchRecurrent::gru),
            Map.entry("SimpleRNN", PyTorchRecurrent::simpleRnn),
            Map.entry("MultiHeadSelfAttention", PyTorchRecurrent::selfAttention));

    private PyTorchLayers() {
    }

    static boolean supports(String kind) {
        return KINDS.containsKey(kind);
    }

    static List<String> kinds() {
        return KINDS.keySet().stream().sorted().toList();
    }

    static String translate(Layer l) {
        return KINDS.get(l.node().kind().id()).add(l);
    }

    /** The engine keeps W as [in, units] and computes x W + b; nn.Linear keeps [units, in]. */
    private static String linear(Layer l) {
        int units = l.params().getInt("units");
        int fanIn = l.inShape().last();
        boolean bias = l.params().getBool("useBias");
        l.declare("nn.Linear(" + fanIn + ", " + units + (bias ? "" : ", bias=False") + ")");
        l.weight("weight", transpose(l.tensor("W"), fanIn, units), units, fanIn);
        if (bias) {
            l.weight("bias", l.tensor("b"), units);
        }
        return activation(l, "self." + l.attr() + "(" + l.input() + ")");
    }

    /** The node's activation ({@code activation}, {@code negativeSlope}) applied to {@code x}, as Activations. */
    static String activation(Layer l, String x) {
        return activation(Activation.of(l.params().getString("activation")),
                l.params().has("negativeSlope") ? l.params().getDouble("negativeSlope") : 0.01, x);
    }

    static String activation(Activation a, double slope, String x) {
        return switch (a) {
            case LINEAR -> x;
            case RELU -> "F.relu(" + x + ")";
            case LEAKY_RELU -> "F.leaky_relu(" + x + ", " + PythonNames.number(slope) + ")";
            case ELU -> "F.elu(" + x + ")";
            case GELU -> "F.gelu(" + x + ")"; // exact (erf) by default, as the engine computes it
            case SWISH -> "F.silu(" + x + ")";
            case SIGMOID -> "torch.sigmoid(" + x + ")";
            case TANH -> "torch.tanh(" + x + ")";
            case SOFTMAX -> "torch.softmax(" + x + ", dim=-1)";
        };
    }

    /** An attribute, so that {@code model.train()} drops as PyTorch users expect; the identity after eval(). */
    private static String dropout(Layer l) {
        l.declare("nn.Dropout(" + PythonNames.number(l.params().getDouble("rate")) + ")");
        return "self." + l.attr() + "(" + l.input() + ")";
    }

    /** The catalogue counts the axis within one sample (negative from the end); torch.cat counts the batch. */
    private static String concatenate(Layer l) {
        int axis = l.params().getInt("axis");
        int sampleAxis = axis < 0 ? l.inShape().rank() + axis : axis;
        return "torch.cat([" + String.join(", ", l.inputs()) + "], dim=" + (sampleAxis + 1) + ")";
    }

    /** Kernels go from the engine's [kH, kW, C, O] to OIHW; uneven 'same' padding is padded before. */
    private static String conv2d(Layer l) {
        int filters = l.params().getInt("filters");
        int k = l.params().getInt("kernelSize");
        int stride = l.params().getInt("stride");
        int dilation = l.params().getInt("dilation");
        int channels = l.inShape().dim(0);
        boolean bias = l.params().getBool("useBias");
        long[] pads = PyTorchPooling.pads(l, k, stride, dilation);
        boolean even = pads[0] == pads[2] && pads[1] == pads[3];
        l.declare("nn.Conv2d(" + channels + ", " + filters + ", kernel_size=" + k + ", stride=" + stride
                + (even && (pads[0] > 0 || pads[1] > 0) ? ", padding=(" + pads[0] + ", " + pads[1] + ")" : "")
                + (dilation == 1 ? "" : ", dilation=" + dilation) + (bias ? "" : ", bias=False") + ")");
        l.weight("weight", oihw(l.tensor("W"), k, channels, filters), filters, channels, k, k);
        if (bias) {
            l.weight("bias", l.tensor("b"), filters);
        }
        String x = even ? l.input() : PyTorchPooling.padded(l.input(), pads, "");
        return activation(l, "self." + l.attr() + "(" + x + ")");
    }

    static float[] oihw(float[] yxio, int k, int channels, int filters) {
        float[] out = new float[yxio.length];
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                for (int c = 0; c < channels; c++) {
                    for (int o = 0; o < filters; o++) {
                        out[((o * channels + c) * k + y) * k + x] = yxio[((y * k + x) * channels + c) * filters + o];
                    }
                }
            }
        }
        return out;
    }

    /**
     * Running statistics at inference. Images and vectors carry their channels on axis 1, as nn.BatchNorm2d and
     * nn.BatchNorm1d expect; sequences carry their features last, so they are transposed around nn.BatchNorm1d.
     */
    private static String batchNorm(Layer l) {
        Shape in = l.inShape();
        int c = in.isImage() ? in.dim(0) : in.last();
        l.declare("nn.BatchNorm" + (in.isImage() ? "2d(" : "1d(") + c + ", eps="
                + PythonNames.number(l.params().getDouble("epsilon")) + ")");
        l.weight("weight", l.tensor("gamma"), c);
        l.weight("bias", l.tensor("beta"), c);
        l.weight("running_mean", l.tensor("running_mean"), c);
        l.weight("running_var", l.tensor("running_var"), c);
        l.module().weights.put(l.attr() + ".num_batches_tracked", NpzArchive.Array.scalar(0));
        String call = "self." + l.attr();
        return in.isSequence() ? call + "(" + l.input() + ".transpose(1, 2)).transpose(1, 2)"
                : call + "(" + l.input() + ")";
    }

    private static String layerNorm(Layer l) {
        int last = l.inShape().last();
        l.declare("nn.LayerNorm(" + last + ", eps=" + PythonNames.number(l.params().getDouble("epsilon")) + ")");
        l.weight("weight", l.tensor("gamma"), last);
        l.weight("bias", l.tensor("beta"), last);
        return "self." + l.attr() + "(" + l.input() + ")";
    }

    /**
     * Token ids arrive as floats and are truncated, as the engine casts them. The engine's one-hot product gives
     * a row of zeros for an id outside the vocabulary, so the lookup is masked the same way.
     */
    private static String embedding(Layer l) {
        int vocab = l.params().getInt("vocabSize");
        int dim = l.params().getInt("embeddingDim");
        l.declare("nn.Embedding(" + vocab + ", " + dim + ")");
        l.weight("weight", l.tensor("embeddings"), vocab, dim);
        String ids = l.local("ids");
        l.line(ids + " = " + l.input() + ".long()");
        return "self." + l.attr() + "(" + ids + ".clamp(0, " + (vocab - 1) + ")) * ((" + ids + " >= 0) & (" + ids
                + " < " + vocab + ")).unsqueeze(-1)";
    }

    /** x + P: the learned table as a parameter, or the sinusoidal one (computed as the engine does) as a buffer. */
    private static String positionalEncoding(Layer l) {
        int steps = l.inShape().dim(0);
        int d = l.inShape().dim(1);
        if (l.params().getString("type").equals("learned")) {
            l.declare("nn.Parameter(torch.zeros(" + steps + ", " + d + "))");
            l.weight("", l.tensor("P"), steps, d);
        } else {
            float[] p = new float[steps * d];
            for (int t = 0; t < steps; t++) {
                for (int i = 0; i < d; i++) {
                    double angle = t / Math.pow(10_000, (double) (i - i % 2) / d);
                    p[t * d + i] = (float) (i % 2 == 0 ? Math.sin(angle) : Math.cos(angle));
                }
            }
            l.module().init.add("# " + l.describe() + ": the sinusoidal table");
            l.module().init.add("self.register_buffer(\"" + l.attr() + "\", torch.zeros(" + steps + ", " + d + "))");
            l.weight("", p, steps, d);
        }
        return l.input() + " + self." + l.attr();
    }

    /** [rows, columns] to [columns, rows]. */
    static float[] transpose(float[] m, int rows, int columns) {
        float[] out = new float[m.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                out[c * rows + r] = m[r * columns + c];
            }
        }
        return out;
    }

    /** {@code -1, 3, 3}: a batch of {@code shape}. */
    static String dims(int batch, Shape shape) {
        StringJoiner out = new StringJoiner(", ");
        out.add(Integer.toString(batch));
        for (int d : shape.toArray()) {
            out.add(Integer.toString(d));
        }
        return out.toString();
    }
}
