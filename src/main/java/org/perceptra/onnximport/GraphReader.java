package org.perceptra.onnximport;

import static org.perceptra.onnximport.Translation.refusal;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.perceptra.model.LayerNode;
import org.perceptra.model.Shape;
import org.perceptra.model.layers.StandardLayers;

/**
 * Reads an ONNX graph node by node (the file keeps them in a valid order) into a {@link Translation}, each op
 * through its mapping, and makes the last Dense layer the network's Output. An op without a mapping stops the
 * import with its name.
 */
final class GraphReader {
    @FunctionalInterface
    private interface Op {
        void read(OnnxNode n, Translation t) throws OnnxImportException;
    }

    private static final Map<String, Op> OPS = new HashMap<>();

    static {
        OPS.put("Gemm", LayerOps::gemm);
        OPS.put("MatMul", LayerOps::matMul);
        for (String a : List.of("Relu", "Sigmoid", "Tanh", "Softmax", "LeakyRelu", "Elu")) {
            OPS.put(a, LayerOps::activation);
        }
        OPS.put("Conv", LayerOps::conv);
        OPS.put("MaxPool", LayerOps::pool);
        OPS.put("AveragePool", LayerOps::pool);
        OPS.put("GlobalAveragePool", LayerOps::globalAveragePool);
        OPS.put("ReduceMean", LayerOps::reduceMean);
        OPS.put("BatchNormalization", LayerOps::batchNorm);
        OPS.put("Identity", ShapeOps::passOn);
        OPS.put("Dropout", ShapeOps::passOn);
        OPS.put("Cast", ShapeOps::passOn);
        OPS.put("Pad", ShapeOps::pad);
        OPS.put("Flatten", ShapeOps::flatten);
        OPS.put("Reshape", ShapeOps::reshape);
        OPS.put("Squeeze", ShapeOps::squeeze);
        OPS.put("Transpose", ShapeOps::transpose);
        OPS.put("Concat", ShapeOps::concat);
        OPS.put("LSTM", RecurrentOps::recurrent);
        OPS.put("GRU", RecurrentOps::recurrent);
    }

    /** The operators read, for the refusal's list. */
    static Set<String> operators() {
        Set<String> all = new TreeSet<>(OPS.keySet());
        all.addAll(List.of("Add", "Sub", "Div", "Mul", "Gather", "Constant"));
        return all;
    }

    private final GraphProto graph;
    private final Translation t = new Translation();
    private Scalings scalings;
    private Shape inputShape;

    GraphReader(GraphProto graph) {
        this.graph = graph;
    }

    /** The translation with the Output layer in place. */
    Translation read() throws OnnxImportException {
        Map<String, Tensor> constants = new HashMap<>();
        for (TensorProto init : graph.getInitializerList()) {
            Tensor tensor = Tensor.read(init);
            constants.put(init.getName(), tensor);
            t.constant(init.getName(), tensor);
        }
        for (NodeProto n : graph.getNodeList()) {
            n.getInputList().forEach(t::countConsumer);
            if (n.getOpType().equals("Constant")) {
                Tensor c = constant(new OnnxNode(n));
                constants.put(n.getOutput(0), c);
                t.constant(n.getOutput(0), c);
            }
        }
        graph.getOutputList().forEach(o -> t.countConsumer(o.getName()));
        ValueInfoProto input = onlyInput(constants);
        if (graph.getOutputCount() != 1) {
            throw new OnnxImportException("Perceptra networks give one output; this model gives "
                    + graph.getOutputCount() + ".");
        }
        inputShape = shapeOf(input);
        Value in = t.addInput(input.getName(), StandardLayers.INPUT, Map.of("shape", inputShape.toList()), inputShape);
        t.alias(input.getName(), in);
        scalings = new Scalings(graph, input.getName(), constants);
        for (NodeProto proto : graph.getNodeList()) {
            OnnxNode n = new OnnxNode(proto);
            if (!proto.getDomain().isEmpty() && !proto.getDomain().equals("ai.onnx")) {
                throw refusal(n, "it belongs to the operator set '" + proto.getDomain() + "', not ONNX's own");
            }
            readNode(n);
        }
        makeOutput();
        return t;
    }

    Scalings scalings() {
        return scalings;
    }

    Shape inputShape() {
        return inputShape;
    }

    private void readNode(OnnxNode n) throws OnnxImportException {
        switch (n.op()) {
            case "Constant" -> { }
            case "Sub", "Div" -> {
                if (!scalings.head(n, t, inputShape)) {
                    throw refusal(n, "arithmetic with constants is read only as the feature scaling right on the "
                            + "input");
                }
            }
            case "Mul" -> {
                if (!scalings.tail(n, t)) {
                    throw refusal(n, "a product is read only as a Dense layer's weights or as the target scaling "
                            + "right before the output");
                }
            }
            case "Add" -> add(n);
            case "Gather" -> gather(n);
            default -> {
                Op op = OPS.get(n.op());
                if (op == null) {
                    throw refusal(n, "no Perceptra layer does what it does; the operators read are "
                            + String.join(", ", operators()));
                }
                op.read(n, t);
            }
        }
    }

    private void add(OnnxNode n) throws OnnxImportException {
        boolean firstConstant = t.isConstant(n.input(0));
        boolean secondConstant = t.isConstant(n.input(1));
        if (!firstConstant && !secondConstant) {
            ShapeOps.add(n, t);
            return;
        }
        String x = firstConstant ? n.input(1) : n.input(0);
        Tensor c = t.constant(firstConstant ? n.input(0) : n.input(1)).orElseThrow();
        if (firstConstant == secondConstant || !(LayerOps.biasAdd(n, t, x, c) || scalings.tail(n, t))) {
            throw refusal(n, "adding a constant is read only as a Dense layer's bias or as the target scaling "
                    + "right before the output");
        }
    }

    private void gather(OnnxNode n) throws OnnxImportException {
        var table = t.constant(n.input(0));
        if (table.isPresent()) {
            LayerOps.embedding(n, t, table.get());
            return;
        }
        Value x = t.value(n, n.input(0));
        if (x.layout() != Layout.LAST_STATE) {
            throw refusal(n, "only rows of a constant table (an Embedding) or a recurrent op's last state are read");
        }
        RecurrentOps.lastState(n, t, x);
    }

    private static Tensor constant(OnnxNode n) throws OnnxImportException {
        var value = n.tensorAttribute("value");
        if (value.isPresent()) {
            return Tensor.read(value.get().getT());
        }
        if (n.has("value_float")) {
            return new Tensor(n.output(0), new long[0], new float[] {n.real("value_float", 0)}, null);
        }
        if (n.has("value_ints")) {
            long[] v = n.integers("value_ints").orElseThrow();
            float[] f = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                f[i] = v[i];
            }
            return new Tensor(n.output(0), new long[] {v.length}, f, v);
        }
        if (n.has("value_int")) {
            long v = n.integer("value_int", 0);
            return new Tensor(n.output(0), new long[0], new float[] {v}, new long[] {v});
        }
        throw refusal(n, "only tensor, float and integer constants are read");
    }

    /** The one graph input that is not a stored constant (old exporters list the weights as inputs too). */
    private ValueInfoProto onlyInput(Map<String, Tensor> constants) throws OnnxImportException {
        List<ValueInfoProto> inputs = new ArrayList<>();
        for (ValueInfoProto v : graph.getInputList()) {
            if (!constants.containsKey(v.getName())) {
                inputs.add(v);
            }
        }
        if (inputs.size() != 1) {
            throw new OnnxImportException("Perceptra networks take one input; this model takes " + inputs.size()
                    + (inputs.isEmpty() ? "" : " (" + String.join(", ", inputs.stream().map(ValueInfoProto::getName)
                    .toList()) + ")") + ".");
        }
        return inputs.get(0);
    }

    /** The input's sample shape: every dimension after the batch must be a fixed size. */
    private static Shape shapeOf(ValueInfoProto input) throws OnnxImportException {
        var dims = input.getType().getTensorType().getShape().getDimList();
        if (dims.size() < 2 || dims.size() > 4) {
            throw new OnnxImportException("The input '" + input.getName() + "' has " + dims.size() + " dimensions; "
                    + "Perceptra reads a batch of vectors, sequences [steps, features] or images [channels, height, "
                    + "width] (2 to 4 dimensions with the batch).");
        }
        List<Integer> sample = new ArrayList<>();
        for (TensorShapeProto.Dimension d : dims.subList(1, dims.size())) {
            if (!d.hasDimValue() || d.getDimValue() < 1) {
                throw new OnnxImportException("The input '" + input.getName() + "' has a dimension of no fixed size ('"
                        + d.getDimParam() + "'); Perceptra needs every dimension but the batch fixed. Export the "
                        + "model with only the batch dimension dynamic.");
            }
            sample.add((int) d.getDimValue());
        }
        return Shape.of(sample);
    }

    /**
     * The layer whose output the graph gives becomes the Output layer; it must be a Dense layer on vectors
     * (Perceptra's Output is one), with a linear activation where a target scaling follows it.
     */
    private void makeOutput() throws OnnxImportException {
        String name = graph.getOutput(0).getName();
        Value v = t.find(name).orElseThrow(() -> new OnnxImportException("The model's output '" + name
                + "' is not computed from its input."));
        LayerNode last = t.node(v.node());
        if (v.layout() != Layout.PLAIN || !last.kind().id().equals("Dense") || !v.shape().isVector()) {
            throw new OnnxImportException("The model ends in " + (last.kind().id().equals("Input") ? "its input"
                    : "a " + last.kind().displayName() + " layer ('" + last.id() + "')") + "; a Perceptra network "
                    + "ends in an Output layer, a fully connected layer (Gemm or MatMul) with its activation.");
        }
        String activation = last.params().getString("activation");
        if (scalings.hasTarget() && !activation.equals("linear")) {
            throw new OnnxImportException("The model scales the output of '" + last.id() + "' after its "
                    + activation + " activation; Perceptra scales only linear (regression) outputs.");
        }
        String loss = switch (activation) {
            case "softmax" -> "categorical_crossentropy";
            case "sigmoid" -> "binary_crossentropy";
            default -> "mse";
        };
        Map<String, Object> params = Map.of("units", last.params().getInt("units"), "activation", activation,
                "negativeSlope", last.params().getDouble("negativeSlope"), "useBias", last.params().getBool("useBias"),
                "loss", loss);
        t.replace(new LayerNode(last.id(), last.name(), StandardLayers.OUTPUT,
                StandardLayers.OUTPUT.defaults(params), null));
    }
}
