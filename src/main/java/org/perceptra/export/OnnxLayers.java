package org.perceptra.export;

import static org.perceptra.export.OnnxGraph.floatAttr;
import static org.perceptra.export.OnnxGraph.in;
import static org.perceptra.export.OnnxGraph.intAttr;
import static org.perceptra.export.OnnxGraph.intsAttr;

import ai.onnx.proto.OnnxMl.TensorProto;
import java.util.List;
import java.util.Map;
import org.perceptra.model.Activation;
import org.perceptra.model.LayerNode;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * The ONNX ops of each exportable kind, mirroring the engine's compilers (CoreCompilers, ConvolutionCompilers,
 * NormalizationCompilers, MergeCompilers) at inference: Dropout is the identity, BatchNorm uses its running
 * statistics. Tensors keep the engine's names ({@code dense_1/W}); where ONNX wants another layout (Conv's
 * OIHW) the values are rearranged here.
 */
final class OnnxLayers {
    /** One node to translate: its tensors by local name ({@code W}, {@code b}), its inputs' ONNX names. */
    record Layer(LayerNode node, List<String> inputs, List<Shape> inputShapes, Shape output,
                 Map<String, float[]> tensors, OnnxGraph g) {
        Params params() {
            return node.params();
        }

        String name(String local) {
            return node.id().value() + "/" + local;
        }

        float[] tensor(String local) {
            float[] v = tensors.get(name(local));
            if (v == null) {
                throw new IllegalStateException("the trained tensor " + name(local) + " is missing");
            }
            return v;
        }

        /** The stored tensor as an initializer of these dims, under its engine name. */
        String constant(String local, long... dims) {
            return g.floats(name(local), dims, tensor(local));
        }

        String input() {
            return inputs.get(0);
        }

        Shape inShape() {
            return inputShapes.get(0);
        }
    }

    @FunctionalInterface
    interface Translation {
        /** Adds the node's ops; returns the name of the tensor it outputs. */
        String add(Layer l);
    }

    private static final Map<String, Translation> KINDS = Map.ofEntries(
            Map.entry("Dense", l -> activation(l, affine(l))),
            Map.entry("Output", l -> activation(l, affine(l))),
            Map.entry("Activation", l -> activation(l, l.input())),
            Map.entry("Dropout", Layer::input),
            Map.entry("Flatten", l -> l.g().node("Flatten", l.name("Flatten"), in(l.input()), intAttr("axis", 1))),
            Map.entry("Reshape", OnnxLayers::reshape),
            Map.entry("Add", OnnxLayers::sum),
            Map.entry("Concatenate", OnnxLayers::concatenate),
            Map.entry("Conv2D", OnnxLayers::conv2d),
            Map.entry("MaxPool2D", l -> pool(l, "MaxPool")),
            Map.entry("AvgPool2D", l -> pool(l, "AveragePool")),
            Map.entry("GlobalAveragePool2D", l -> l.g().node("ReduceMean", l.name("ReduceMean"), in(l.input()),
                    intsAttr("axes", 2, 3), intAttr("keepdims", 0))),
            Map.entry("BatchNorm", OnnxLayers::batchNorm),
            Map.entry("LayerNorm", OnnxLayers::layerNorm),
            Map.entry("Embedding", OnnxLayers::embedding),
            Map.entry("PositionalEncoding", OnnxLayers::positionalEncoding),
            Map.entry("LSTM", RecurrentLayers::lstm),
            Map.entry("GRU", RecurrentLayers::gru),
            Map.entry("SimpleRNN", RecurrentLayers::simpleRnn),
            Map.entry("MultiHeadSelfAttention", AttentionLayers::selfAttention));

    private OnnxLayers() {
    }

    static boolean supports(String kind) {
        return KINDS.containsKey(kind);
    }

    static String translate(Layer l) {
        return KINDS.get(l.node().kind().id()).add(l);
    }

    /**
     * {@code x W + b} with W stored as [in, units] (the engine's layout, which is Gemm's B untransposed); on
     * sequences, MatMul and Add apply it at every position as the engine does.
     */
    private static String affine(Layer l) {
        int units = l.params().getInt("units");
        long fanIn = l.inShape().last();
        String w = l.constant("W", fanIn, units);
        boolean bias = l.params().getBool("useBias");
        if (l.inShape().rank() == 1) {
            String[] inputs = bias ? in(l.input(), w, l.constant("b", units)) : in(l.input(), w);
            return l.g().node("Gemm", l.name("Gemm"), inputs);
        }
        String z = l.g().node("MatMul", l.name("MatMul"), in(l.input(), w));
        return bias ? l.g().node("Add", l.name("BiasAdd"), in(z, l.constant("b", units))) : z;
    }

    /** The node's activation ({@code activation} and {@code negativeSlope} parameters), as Activations does. */
    static String activation(Layer l, String x) {
        return activation(l, x, "");
    }

    /** As {@link #activation(Layer, String)}, the ops' names ending in {@code suffix} (one per time step). */
    static String activation(Layer l, String x, String suffix) {
        Activation a = Activation.of(l.params().getString("activation"));
        double slope = l.params().has("negativeSlope") ? l.params().getDouble("negativeSlope") : 0.01;
        OnnxGraph g = l.g();
        return switch (a) {
            case LINEAR -> x;
            case RELU -> g.node("Relu", l.name("Relu" + suffix), in(x));
            case LEAKY_RELU -> g.node("LeakyRelu", l.name("LeakyRelu" + suffix), in(x),
                    floatAttr("alpha", (float) slope));
            case ELU -> g.node("Elu", l.name("Elu" + suffix), in(x), floatAttr("alpha", 1f));
            case SIGMOID -> g.node("Sigmoid", l.name("Sigmoid" + suffix), in(x));
            case TANH -> g.node("Tanh", l.name("Tanh" + suffix), in(x));
            case SOFTMAX -> g.node("Softmax", l.name("Softmax" + suffix), in(x), intAttr("axis", -1));
            case SWISH -> g.node("Mul", l.name("Swish" + suffix),
                    in(x, g.node("Sigmoid", l.name("Sigmoid" + suffix), in(x))));
            case GELU -> gelu(l, x, suffix); // opset 13 has no Gelu (it came with opset 20)
        };
    }

    /** The exact GELU, {@code 0.5 x (1 + erf(x / sqrt 2))}, in the engine's order of operations. */
    private static String gelu(Layer l, String x, String suffix) {
        OnnxGraph g = l.g();
        String half = g.scalar(l.name("gelu_sqrt_half" + suffix), (float) Math.sqrt(0.5));
        String one = g.scalar(l.name("gelu_one" + suffix), 1f);
        String pointFive = g.scalar(l.name("gelu_half" + suffix), 0.5f);
        String erf = g.node("Erf", l.name("Erf" + suffix), in(g.node("Mul", l.name("GeluScale" + suffix), in(x, half))));
        String times = g.node("Mul", l.name("GeluMul" + suffix),
                in(x, g.node("Add", l.name("GeluAdd" + suffix), in(erf, one))));
        return g.node("Mul", l.name("Gelu" + suffix), in(times, pointFive));
    }

    private static String reshape(Layer l) {
        long[] shape = new long[l.output().rank() + 1];
        shape[0] = -1;
        for (int i = 0; i < l.output().rank(); i++) {
            shape[i + 1] = l.output().dim(i);
        }
        return l.g().node("Reshape", l.name("Reshape"), in(l.input(), l.g().longs(l.name("shape"), shape)));
    }

    private static String sum(Layer l) {
        String sum = l.inputs().get(0);
        for (int i = 1; i < l.inputs().size(); i++) {
            sum = l.g().node("Add", l.name(i == l.inputs().size() - 1 ? "Add" : "Add_" + i),
                    in(sum, l.inputs().get(i)));
        }
        return sum;
    }

    /** The catalogue counts the axis within one sample (negative from the end); ONNX counts the batch too. */
    private static String concatenate(Layer l) {
        int axis = l.params().getInt("axis");
        int rank = l.inShape().rank();
        int sampleAxis = axis < 0 ? rank + axis : axis;
        return l.g().node("Concat", l.name("Concat"), l.inputs().toArray(new String[0]),
                intAttr("axis", sampleAxis + 1));
    }

    /** The engine keeps kernels as [kH, kW, C, O]; ONNX's Conv wants [O, C, kH, kW]. */
    private static String conv2d(Layer l) {
        int filters = l.params().getInt("filters");
        int k = l.params().getInt("kernelSize");
        int stride = l.params().getInt("stride");
        int dilation = l.params().getInt("dilation");
        int channels = l.inShape().dim(0);
        float[] yxio = l.tensor("W");
        float[] oihw = new float[yxio.length];
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                for (int c = 0; c < channels; c++) {
                    for (int o = 0; o < filters; o++) {
                        oihw[((o * channels + c) * k + y) * k + x] = yxio[((y * k + x) * channels + c) * filters + o];
                    }
                }
            }
        }
        String w = l.g().floats(l.name("W"), new long[] {filters, channels, k, k}, oihw);
        String[] inputs = l.params().getBool("useBias") ? in(l.input(), w, l.constant("b", filters)) : in(l.input(), w);
        String z = l.g().node("Conv", l.name("Conv"), inputs, intsAttr("kernel_shape", k, k),
                intsAttr("strides", stride, stride), intsAttr("dilations", dilation, dilation),
                intsAttr("pads", pads(l, k, stride, dilation)));
        return activation(l, z);
    }

    /** Stride 0 means "the pool size"; 'same' average pooling leaves the padding out of the mean, as the engine. */
    private static String pool(Layer l, String op) {
        int size = l.params().getInt("poolSize");
        int stride = l.params().getInt("stride") == 0 ? size : l.params().getInt("stride");
        return l.g().node(op, l.name(op), in(l.input()), intsAttr("kernel_shape", size, size),
                intsAttr("strides", stride, stride), intsAttr("pads", pads(l, size, stride, 1)));
    }

    /**
     * Explicit [top, left, bottom, right] padding: none for 'valid'; for 'same', as ND4J pads, half the total
     * (rounded down) on top and left and the rest on bottom and right.
     */
    private static long[] pads(Layer l, int k, int stride, int dilation) {
        if (!l.params().getString("padding").equals("same")) {
            return new long[4];
        }
        long totalH = Math.max(0, (long) (l.output().dim(1) - 1) * stride + (long) (k - 1) * dilation + 1
                - l.inShape().dim(1));
        long totalW = Math.max(0, (long) (l.output().dim(2) - 1) * stride + (long) (k - 1) * dilation + 1
                - l.inShape().dim(2));
        return new long[] {totalH / 2, totalW / 2, totalH - totalH / 2, totalW - totalW / 2};
    }

    /**
     * Inference with the running statistics. Images and vectors (channels on axis 1) use BatchNormalization;
     * sequences, whose features are the last axis, are written out as the engine computes them.
     */
    private static String batchNorm(Layer l) {
        Shape in = l.inShape();
        int c = in.isImage() ? in.dim(0) : in.last();
        float eps = (float) l.params().getDouble("epsilon");
        if (!in.isSequence()) {
            return l.g().node("BatchNormalization", l.name("BatchNormalization"),
                    in(l.input(), l.constant("gamma", c), l.constant("beta", c), l.constant("running_mean", c),
                            l.constant("running_var", c)), floatAttr("epsilon", eps));
        }
        OnnxGraph g = l.g();
        float[] var = l.tensor("running_var");
        float[] std = new float[c];
        for (int i = 0; i < c; i++) {
            std[i] = (float) Math.sqrt(var[i] + eps);
        }
        String centred = g.node("Sub", l.name("Centre"), in(l.input(), l.constant("running_mean", c)));
        String scaled = g.node("Div", l.name("Normalise"),
                in(centred, g.floats(l.name("running_std"), new long[] {c}, std)));
        String times = g.node("Mul", l.name("Scale"), in(scaled, l.constant("gamma", c)));
        return g.node("Add", l.name("Shift"), in(times, l.constant("beta", c)));
    }

    /** Per sample over the last axis, written out (opset 13 has no LayerNormalization) as the engine computes it. */
    private static String layerNorm(Layer l) {
        OnnxGraph g = l.g();
        int last = l.inShape().last();
        String mean = g.node("ReduceMean", l.name("Mean"), in(l.input()), intsAttr("axes", -1), intAttr("keepdims", 1));
        String centred = g.node("Sub", l.name("Centre"), in(l.input(), mean));
        String square = g.node("Mul", l.name("Square"), in(centred, centred));
        String var = g.node("ReduceMean", l.name("Variance"), in(square), intsAttr("axes", -1), intAttr("keepdims", 1));
        String eps = g.scalar(l.name("epsilon"), (float) l.params().getDouble("epsilon"));
        String std = g.node("Sqrt", l.name("Sqrt"), in(g.node("Add", l.name("AddEpsilon"), in(var, eps))));
        String normalised = g.node("Div", l.name("Normalise"), in(centred, std));
        String times = g.node("Mul", l.name("Scale"), in(normalised, l.constant("gamma", last)));
        return g.node("Add", l.name("Shift"), in(times, l.constant("beta", last)));
    }

    /**
     * Token ids arrive as floats: cast (truncating, as the engine's cast does) and looked up with Gather. The
     * engine's one-hot product gives a row of zeros for an id outside the vocabulary, where Gather fails.
     */
    private static String embedding(Layer l) {
        int vocab = l.params().getInt("vocabSize");
        int dim = l.params().getInt("embeddingDim");
        String ids = l.g().node("Cast", l.name("Ids"), in(l.input()), intAttr("to", TensorProto.DataType.INT64_VALUE));
        return l.g().node("Gather", l.name("Gather"), in(l.constant("embeddings", vocab, dim), ids), intAttr("axis", 0));
    }

    /** x + P: the learned table, or the sinusoidal one computed as the engine computes it. */
    private static String positionalEncoding(Layer l) {
        int steps = l.inShape().dim(0);
        int d = l.inShape().dim(1);
        String table;
        if (l.params().getString("type").equals("learned")) {
            table = l.constant("P", steps, d);
        } else {
            float[] p = new float[steps * d];
            for (int t = 0; t < steps; t++) {
                for (int i = 0; i < d; i++) {
                    double angle = t / Math.pow(10_000, (double) (i - i % 2) / d);
                    p[t * d + i] = (float) (i % 2 == 0 ? Math.sin(angle) : Math.cos(angle));
                }
            }
            table = l.g().floats(l.name("P"), new long[] {steps, d}, p);
        }
        return l.g().node("Add", l.name("AddPositions"), in(l.input(), table));
    }

    static List<String> kinds() {
        return KINDS.keySet().stream().sorted().toList();
    }
}
