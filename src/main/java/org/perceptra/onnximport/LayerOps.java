package org.perceptra.onnximport;

import static org.perceptra.onnximport.Translation.refusal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perceptra.model.LayerNode;
import org.perceptra.model.Shape;
import org.perceptra.model.layers.StandardLayers;

/**
 * ONNX ops with weights or an activation, each onto one catalogue layer: Gemm and MatMul (with a following bias
 * Add) to Dense, Conv to Conv2D, the pools, BatchNormalization, Gather on a table to Embedding, and the
 * activations, folded into the Dense or Conv2D before them where nothing else reads that layer's output.
 * Weights are rearranged into the engine's layouts: Dense W as [in, units], Conv kernels as [kH, kW, C, O].
 */
final class LayerOps {
    private LayerOps() {
    }

    /** {@code alpha * A B' + beta * C}, B transposed when transB (as PyTorch's Linear exports it). */
    static void gemm(OnnxNode n, Translation t) throws OnnxImportException {
        Value a = t.plain(n, 0);
        if (n.integer("transA", 0) != 0 || !a.shape().isVector()) {
            throw refusal(n, "only a batch of vectors times a weight matrix becomes a Dense layer");
        }
        Tensor b = t.constantInput(n, 1, "weight matrix");
        if (b.dims().length != 2) {
            throw refusal(n, "its weight matrix is not 2-D");
        }
        boolean transposed = n.integer("transB", 0) != 0;
        int units = (int) b.dims()[transposed ? 0 : 1];
        int in = (int) b.dims()[transposed ? 1 : 0];
        if (in != a.shape().last()) {
            throw refusal(n, "its weight matrix takes " + in + " inputs, but " + a.shape().last() + " arrive");
        }
        float alpha = n.real("alpha", 1f);
        float[] w = new float[in * units];
        for (int i = 0; i < in; i++) {
            for (int u = 0; u < units; u++) {
                w[i * units + u] = alpha * b.floats()[transposed ? u * in + i : i * units + u];
            }
        }
        Map<String, float[]> weights = new HashMap<>(Map.of("W", w));
        if (!n.input(2).isEmpty()) {
            weights.put("b", bias(n, t.constantInput(n, 2, "bias"), units, n.real("beta", 1f)));
        }
        Value out = t.add(n, StandardLayers.DENSE, Map.of("units", units, "activation", "linear",
                "useBias", weights.containsKey("b")), List.of(a), weights);
        t.made(out, n.output(0));
    }

    private static float[] bias(OnnxNode n, Tensor c, int units, float beta) throws OnnxImportException {
        if (c.size() != units && c.size() != 1) {
            throw refusal(n, "its bias has " + c.size() + " values for " + units + " units");
        }
        float[] b = new float[units];
        for (int u = 0; u < units; u++) {
            b[u] = beta * c.floats()[c.size() == 1 ? 0 : u];
        }
        return b;
    }

    /** A product with a constant [in, units] matrix: a Dense layer without bias (an Add may bring it). */
    static void matMul(OnnxNode n, Translation t) throws OnnxImportException {
        Value a = t.plain(n, 0);
        Tensor b = t.constantInput(n, 1, "second factor");
        if (b.dims().length != 2 || b.dims()[0] != a.shape().last()) {
            throw refusal(n, "only a product with a weight matrix of " + a.shape().last() + " rows becomes a Dense "
                    + "layer");
        }
        Value out = t.add(n, StandardLayers.DENSE, Map.of("units", (int) b.dims()[1], "activation", "linear",
                "useBias", false), List.of(a), Map.of("W", b.floats()));
        t.made(out, n.output(0));
    }

    /**
     * A constant added to a Dense layer without bias that nothing else reads becomes its bias; true when it
     * did.
     */
    static boolean biasAdd(OnnxNode n, Translation t, String x, Tensor c) {
        var v = t.find(x);
        if (v.isEmpty() || !t.isMadeBy(v.get(), x) || t.consumers(x) != 1) {
            return false;
        }
        LayerNode layer = t.node(v.get().node());
        if (!layer.kind().id().equals("Dense") || layer.params().getBool("useBias")
                || !layer.params().getString("activation").equals("linear")
                || c.size() != layer.params().getInt("units") || c.dims().length > 1) {
            return false;
        }
        t.replace(layer.withParam("useBias", true));
        t.putTensor(layer.id(), "b", c.floats());
        t.alias(n.output(0), v.get());
        t.made(v.get(), n.output(0));
        return true;
    }

    /** Relu, Sigmoid, Tanh, Softmax, LeakyRelu, Elu. */
    static void activation(OnnxNode n, Translation t) throws OnnxImportException {
        Value x = t.plain(n, 0);
        String id;
        double slope = 0.01;
        switch (n.op()) {
            case "Relu" -> id = "relu";
            case "Sigmoid" -> id = "sigmoid";
            case "Tanh" -> id = "tanh";
            case "Softmax" -> {
                long axis = n.integer("axis", -1);
                if (axis != -1 && axis != x.shape().rank()) {
                    throw refusal(n, "Perceptra's softmax runs over the last axis, this one over axis " + axis);
                }
                id = "softmax";
            }
            case "LeakyRelu" -> {
                id = "leaky_relu";
                slope = n.real("alpha", 0.01f);
            }
            case "Elu" -> {
                if (n.real("alpha", 1f) != 1f) {
                    throw refusal(n, "Perceptra's ELU has alpha 1, this one " + n.real("alpha", 1f));
                }
                id = "elu";
            }
            default -> throw new IllegalStateException(n.op() + " is not an activation");
        }
        LayerNode before = t.node(x.node());
        boolean foldable = (before.kind().id().equals("Dense") || before.kind().id().equals("Conv2D"))
                && before.params().getString("activation").equals("linear")
                && t.isMadeBy(x, n.input(0)) && t.consumers(n.input(0)) == 1;
        if (foldable) {
            t.replace(before.withParam("activation", id).withParam("negativeSlope", slope));
            t.alias(n.output(0), x);
            t.made(x, n.output(0));
            return;
        }
        Value out = t.add(n, StandardLayers.ACTIVATION, Map.of("activation", id, "negativeSlope", slope), List.of(x),
                Map.of());
        t.made(out, n.output(0));
    }

    /** ONNX's OIHW kernel becomes the engine's [kH, kW, C, O]; padding must be none or Perceptra's 'same'. */
    static void conv(OnnxNode n, Translation t) throws OnnxImportException {
        Value x = t.plain(n, 0);
        if (!x.shape().isImage()) {
            throw refusal(n, "Perceptra convolves images [channels, height, width], not " + x.shape());
        }
        Tensor w = t.constantInput(n, 1, "kernel");
        if (w.dims().length != 4 || w.dims()[2] != w.dims()[3]) {
            throw refusal(n, "Perceptra's convolutions are 2-D with square kernels");
        }
        if (n.integer("group", 1) != 1) {
            throw refusal(n, "grouped (depthwise) convolutions are not in Perceptra's catalogue");
        }
        int filters = (int) w.dims()[0];
        int channels = (int) w.dims()[1];
        int k = (int) w.dims()[2];
        if (channels != x.shape().dim(0)) {
            throw refusal(n, "its kernel takes " + channels + " channels, but " + x.shape().dim(0) + " arrive");
        }
        int stride = square(n, "strides");
        int dilation = square(n, "dilations");
        String padding = Windows.padding(n, x.shape(), k, stride, dilation);
        float[] yxio = new float[w.size()];
        for (int o = 0; o < filters; o++) {
            for (int c = 0; c < channels; c++) {
                for (int y = 0; y < k; y++) {
                    for (int z = 0; z < k; z++) {
                        yxio[((y * k + z) * channels + c) * filters + o] = w.floats()[((o * channels + c) * k + y) * k + z];
                    }
                }
            }
        }
        Map<String, float[]> weights = new HashMap<>(Map.of("W", yxio));
        if (!n.input(2).isEmpty()) {
            weights.put("b", bias(n, t.constantInput(n, 2, "bias"), filters, 1f));
        }
        Value out = t.add(n, StandardLayers.CONV2D, Map.of("filters", filters, "kernelSize", k, "stride", stride,
                "dilation", dilation, "padding", padding, "activation", "linear", "useBias", weights.containsKey("b")),
                List.of(x), weights);
        t.made(out, n.output(0));
    }

    /** The one value of a per-axis attribute that Perceptra keeps for both axes (1 when absent). */
    static int square(OnnxNode n, String attribute) throws OnnxImportException {
        long[] v = n.integers(attribute).orElse(new long[] {1, 1});
        if (v.length != 2 || v[0] != v[1]) {
            throw refusal(n, "Perceptra uses the same " + attribute + " on both axes, this op "
                    + java.util.Arrays.toString(v));
        }
        return (int) v[0];
    }

    /** MaxPool and AveragePool; a stride equal to the window is written as Perceptra's default 0. */
    static void pool(OnnxNode n, Translation t) throws OnnxImportException {
        Value x = t.plain(n, 0);
        if (!x.shape().isImage()) {
            throw refusal(n, "Perceptra pools images [channels, height, width], not " + x.shape());
        }
        if (!n.output(1).isEmpty() && t.consumers(n.output(1)) > 0) {
            throw refusal(n, "its indices output has no Perceptra counterpart");
        }
        int size = square(n, "kernel_shape");
        int stride = square(n, "strides");
        if (square(n, "dilations") != 1) {
            throw refusal(n, "Perceptra's pools have no dilation");
        }
        String padding = Windows.padding(n, x.shape(), size, stride, 1);
        if (n.integer("ceil_mode", 0) != 0 && !Windows.ceilChangesNothing(x.shape(), size, stride, padding)) {
            throw refusal(n, "Perceptra's pools round the output size down (ceil_mode 0)");
        }
        boolean max = n.op().equals("MaxPool");
        if (!max && padding.equals("same") && n.integer("count_include_pad", 0) != 0) {
            throw refusal(n, "Perceptra's average pooling leaves the padding out of the mean (count_include_pad 0)");
        }
        Value out = t.add(n, max ? StandardLayers.MAX_POOL2D : StandardLayers.AVG_POOL2D, Map.of("poolSize", size,
                "stride", stride == size ? 0 : stride, "padding", padding), List.of(x), Map.of());
        t.made(out, n.output(0));
    }

    /** GlobalAveragePool keeps [channels, 1, 1]; the Flatten or Squeeze after it gives Perceptra's [channels]. */
    static void globalAveragePool(OnnxNode n, Translation t) throws OnnxImportException {
        Value x = t.plain(n, 0);
        if (!x.shape().isImage()) {
            throw refusal(n, "Perceptra pools images [channels, height, width], not " + x.shape());
        }
        Value out = t.add(n, StandardLayers.GLOBAL_AVERAGE_POOL2D, Map.of(), List.of(x), Map.of());
        t.alias(n.output(0), out.as(Layout.POOLED));
    }

    /** A mean over height and width (as Perceptra exports global pooling); other means are refused. */
    static void reduceMean(OnnxNode n, Translation t) throws OnnxImportException {
        Value x = t.plain(n, 0);
        long[] axes = Axes.of(n, t).orElseThrow(() -> refusal(n, "a mean over every axis has no Perceptra layer"));
        if (!x.shape().isImage() || !Axes.are(axes, 4, 2, 3)) {
            throw refusal(n, "only a mean over the height and width of an image becomes a layer (global pooling)");
        }
        Value out = t.add(n, StandardLayers.GLOBAL_AVERAGE_POOL2D, Map.of(), List.of(x), Map.of());
        t.alias(n.output(0), n.integer("keepdims", 1) != 0 ? out.as(Layout.POOLED) : out);
    }

    /**
     * Inference with running statistics over channels (images) or features (vectors); ONNX's momentum weighs
     * the old running value as Perceptra's does.
     */
    static void batchNorm(OnnxNode n, Translation t) throws OnnxImportException {
        Value x = t.plain(n, 0);
        Shape s = x.shape();
        if (s.isSequence()) {
            throw refusal(n, "ONNX normalises a sequence's steps (axis 1), Perceptra its features");
        }
        int c = s.dim(0);
        String[] locals = {"gamma", "beta", "running_mean", "running_var"};
        Map<String, float[]> weights = new HashMap<>();
        for (int i = 0; i < locals.length; i++) {
            Tensor v = t.constantInput(n, i + 1, locals[i].replace('_', ' '));
            if (v.size() != c) {
                throw refusal(n, "its " + locals[i].replace('_', ' ') + " has " + v.size() + " values for " + c
                        + " channels");
            }
            weights.put(locals[i], v.floats());
        }
        double momentum = Math.min(0.9999, Math.max(0, n.real("momentum", 0.9f)));
        Value out = t.add(n, StandardLayers.BATCH_NORM, Map.of("epsilon", (double) n.real("epsilon", 1e-5f),
                "momentum", momentum), List.of(x), weights);
        t.made(out, n.output(0));
    }

    /** Gather rows of a constant table by the ids a value carries: an Embedding layer. */
    static void embedding(OnnxNode n, Translation t, Tensor table) throws OnnxImportException {
        Value ids = t.plain(n, 1);
        if (table.dims().length != 2 || n.integer("axis", 0) != 0) {
            throw refusal(n, "only rows of a 2-D table looked up by id become an Embedding layer");
        }
        Value out = t.add(n, StandardLayers.EMBEDDING, Map.of("vocabSize", (int) table.dims()[0],
                "embeddingDim", (int) table.dims()[1]), List.of(ids), Map.of("embeddings", table.floats()));
        t.made(out, n.output(0));
    }
}
