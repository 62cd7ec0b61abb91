package org.perceptra.export;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.perceptra.model.Activation;
import org.perceptra.model.LayerNode;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * Each layer kind as Java statements on ND4J arrays, for {@link JavaExport}: the same ops in the same order as
 * the engine's compiler of the kind on its inference path (Dropout the identity, BatchNorm on its running
 * statistics), so that the generated class answers as Perceptra does. Kinds whose code is more than an
 * expression (recurrent layers, attention) call a helper method the class then carries ({@link JavaHelpers}).
 */
final class JavaLayers {
    /**
     * One node to translate.
     *
     * @param var     the Java variable its output goes into
     * @param in      the variables of its inputs, in wiring order
     * @param helpers collects the helper methods the statements call
     */
    record Layer(LayerNode node, String var, List<String> in, List<Shape> inShapes, Shape out, Set<String> helpers) {
        Params params() {
            return node.params();
        }

        String x() {
            return in.get(0);
        }

        Shape inShape() {
            return inShapes.get(0);
        }

        /** The stored tensor {@code node/local}, as the generated class looks it up. */
        String w(String local) {
            return "w(\"" + node.id().value() + "/" + local + "\")";
        }
    }

    private static final Map<String, Function<Layer, String>> KINDS = Map.ofEntries(
            Map.entry("Dense", JavaLayers::dense),
            Map.entry("Output", JavaLayers::dense),
            Map.entry("Activation", l -> activation(l, l.x())),
            Map.entry("Flatten", l -> l.x() + ".reshape('c', -1, " + l.out().size() + ")"),
            Map.entry("Reshape", l -> l.x() + ".reshape('c', " + batchDims(l.out()) + ")"),
            Map.entry("Dropout", l -> l.x() + "; // Dropout only acts in training"),
            Map.entry("Conv2D", JavaLayers::conv2d),
            Map.entry("MaxPool2D", l -> pool(l, "maxPooling2d", "MAX")),
            Map.entry("AvgPool2D", l -> pool(l, "avgPooling2d", "AVG")),
            Map.entry("GlobalAveragePool2D", l -> l.x() + ".mean(2, 3)"),
            Map.entry("BatchNorm", JavaLayers::batchNorm),
            Map.entry("LayerNorm", l -> helper(l, "layerNorm") + "(" + l.x() + ", " + l.w("gamma") + ", "
                    + l.w("beta") + ", " + l.params().getDouble("epsilon") + ")"),
            Map.entry("Add", l -> String.join(".add(", l.in()) + ")".repeat(l.in().size() - 1)),
            Map.entry("Concatenate", JavaLayers::concatenate),
            Map.entry("Embedding", l -> helper(l, "embedding") + "(" + l.x() + ", " + l.w("embeddings") + ")"),
            Map.entry("SimpleRNN", l -> recurrent(l, "simpleRnn", ", z -> " + activation(l, "z", 1))),
            Map.entry("LSTM", l -> recurrent(l, "lstm", "")),
            Map.entry("GRU", l -> recurrent(l, "gru", "")),
            Map.entry("PositionalEncoding", JavaLayers::positionalEncoding),
            Map.entry("MultiHeadSelfAttention", JavaLayers::attention));

    private JavaLayers() {
    }

    static boolean supports(String kind) {
        return KINDS.containsKey(kind);
    }

    /** The kinds covered, sorted, for refusals (Output is Dense with a loss, and not a choice). */
    static List<String> kinds() {
        Set<String> all = new TreeSet<>(KINDS.keySet());
        all.remove("Output");
        return List.copyOf(all);
    }

    /** The node's statement: {@code INDArray var = ...;}. */
    static String statement(Layer l) {
        String expression = KINDS.get(l.node().kind().id()).apply(l);
        return "INDArray " + l.var() + " = " + expression + (expression.endsWith("training") ? "" : ";");
    }

    /** {@code x W + b} on the last axis; a sequence's positions fold into the batch for the product. */
    private static String dense(Layer l) {
        Shape in = l.inShape();
        int units = l.params().getInt("units");
        String x = in.rank() == 1 ? l.x() : l.x() + ".reshape('c', -1, " + in.last() + ")";
        String z = x + ".mmul(" + l.w("W") + ")";
        if (l.params().getBool("useBias")) {
            z += ".add(" + l.w("b") + ")";
        }
        if (in.rank() > 1) {
            z += ".reshape('c', " + batchDims(in.withDim(in.rank() - 1, units)) + ")";
        }
        return activation(l, z);
    }

    /**
     * The node's {@code activation}, as the engine's Activations applies it. Transforms' functions return new
     * arrays; {@code Nd4j.nn.sigmoid} and its kin overwrite their input, which another node may still read.
     */
    private static String activation(Layer l, String z) {
        return activation(l, z, l.out().rank());
    }

    /** @param lastAxis the last axis counted with the batch axis (softmax normalises over it) */
    private static String activation(Layer l, String z, int lastAxis) {
        Activation a = Activation.of(l.params().getString("activation"));
        double slope = l.params().has("negativeSlope") ? l.params().getDouble("negativeSlope") : 0.01;
        return switch (a) {
            case LINEAR -> z;
            case RELU -> "Transforms.relu(" + z + ")";
            case LEAKY_RELU -> "Transforms.leakyRelu(" + z + ", " + slope + ")";
            case ELU -> "Transforms.elu(" + z + ")";
            case GELU -> helper(l, "gelu") + "(" + z + ")";
            case SWISH -> helper(l, "swish") + "(" + z + ")";
            case SIGMOID -> "Transforms.sigmoid(" + z + ")";
            case TANH -> "Transforms.tanh(" + z + ")";
            case SOFTMAX -> "Nd4j.nn.softmax(" + z + ", " + lastAxis + ")";
        };
    }

    private static String conv2d(Layer l) {
        Params p = l.params();
        int k = p.getInt("kernelSize");
        int s = p.getInt("stride");
        int d = p.getInt("dilation");
        String bias = p.getBool("useBias") ? l.w("b") + ", " : "";
        String config = "\n                Conv2DConfig.builder().kH(" + k + ").kW(" + k + ").sH(" + s + ").sW(" + s
                + ").dH(" + d + ").dW(" + d + ").paddingMode(PaddingMode." + padding(l)
                + ")\n                        .dataFormat(Conv2DConfig.NCHW).weightsFormat(WeightsFormat.YXIO).build()";
        return activation(l, "Nd4j.cnn.conv2d(" + l.x() + ", " + l.w("W") + ", " + bias + config + ")");
    }

    /** Stride 0 means "the pool size"; 'same' average pooling leaves the padding out of the mean. */
    private static String pool(Layer l, String op, String type) {
        int size = l.params().getInt("poolSize");
        int stride = l.params().getInt("stride") == 0 ? size : l.params().getInt("stride");
        return "Nd4j.cnn." + op + "(" + l.x() + ", Pooling2DConfig.builder().kH(" + size + ").kW(" + size + ").sH("
                + stride + ").sW(" + stride + ")\n                .type(Pooling2D.Pooling2DType." + type
                + ").paddingMode(PaddingMode." + padding(l)
                + ").divisor(Pooling2D.Divisor.EXCLUDE_PADDING).isNHWC(false).build())";
    }

    private static String padding(Layer l) {
        return l.params().getString("padding").equals("same") ? "SAME" : "VALID";
    }

    /** Running statistics, broadcast over the channel axis of images or the last axis otherwise. */
    private static String batchNorm(Layer l) {
        Shape in = l.inShape();
        int c = in.isImage() ? in.dim(0) : in.last();
        long[] shape = new long[in.rank() + 1];
        Arrays.fill(shape, 1);
        shape[in.isImage() ? 1 : in.rank()] = c;
        String dims = Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", "));
        return helper(l, "batchNorm") + "(" + l.x() + ", " + l.w("running_mean") + ", " + l.w("running_var") + ", "
                + l.w("gamma") + ", " + l.w("beta") + ", " + l.params().getDouble("epsilon") + ", new long[] {" + dims
                + "})";
    }

    /** The catalogue's axis counts within one sample (negative from the end); ND4J's counts the batch too. */
    private static String concatenate(Layer l) {
        int axis = l.params().getInt("axis");
        int sampleAxis = axis < 0 ? l.inShape().rank() + axis : axis;
        return "Nd4j.concat(" + (sampleAxis + 1) + ", " + String.join(", ", l.in()) + ")";
    }

    private static String recurrent(Layer l, String helper, String extra) {
        String bias = l.params().getBool("useBias") ? l.w("b") : "null";
        return helper(l, helper) + "(" + l.x() + ", " + l.w("W") + ", " + l.w("U") + ", " + bias + ", "
                + l.params().getInt("units") + ", " + l.params().getBool("returnSequences") + extra + ")";
    }

    private static String positionalEncoding(Layer l) {
        if (l.params().getString("type").equals("learned")) {
            return l.x() + ".add(" + l.w("P") + ")";
        }
        return l.x() + ".add(" + helper(l, "sinusoids") + "(" + l.inShape().dim(0) + ", " + l.inShape().dim(1) + "))";
    }

    private static String attention(Layer l) {
        StringBuilder weights = new StringBuilder();
        for (String p : List.of("q", "k", "v", "o")) {
            weights.append(",\n                ").append(l.w("W" + p)).append(", ").append(l.w("b" + p));
        }
        return helper(l, "selfAttention") + "(" + l.x() + ", " + l.params().getInt("heads") + ", "
                + l.params().getInt("keySize") + weights + ")";
    }

    private static String helper(Layer l, String name) {
        l.helpers().add(name);
        return name;
    }

    /** {@code -1, d1, d2...}: a per-sample shape with the batch axis in front. */
    private static String batchDims(Shape shape) {
        return "-1, " + shape.toList().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
