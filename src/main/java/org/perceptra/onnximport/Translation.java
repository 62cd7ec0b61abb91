package org.perceptra.onnximport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerInference;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * The graph being built while the ONNX nodes are read in order: the Perceptra layers made so far, the value
 * each ONNX tensor carries, the constants, and the trained tensors under the engine's names ({@code fc1/W}).
 * Op translations ({@link LayerOps}, {@link ShapeOps}, {@link RecurrentOps}) add layers or pass values on here.
 */
final class Translation {
    private final Map<String, Tensor> constants = new HashMap<>();
    private final Map<String, Value> values = new HashMap<>();
    private final Map<String, Integer> consumers = new HashMap<>();
    private final Map<String, NodeId> madeBy = new HashMap<>();
    private final LinkedHashMap<NodeId, LayerNode> nodes = new LinkedHashMap<>();
    private final List<Connection> wires = new ArrayList<>();
    private final Map<String, float[]> tensors = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    void constant(String name, Tensor t) {
        constants.put(name, t);
    }

    Optional<Tensor> constant(String name) {
        return Optional.ofNullable(constants.get(name));
    }

    boolean isConstant(String name) {
        return constants.containsKey(name);
    }

    /** The constant feeding input {@code i} of {@code n}; refused when that input is computed or missing. */
    Tensor constantInput(OnnxNode n, int i, String what) throws OnnxImportException {
        Tensor t = constants.get(n.input(i));
        if (t == null) {
            throw refusal(n, "its " + what + " must be a constant stored in the file");
        }
        return t;
    }

    void countConsumer(String tensor) {
        consumers.merge(tensor, 1, Integer::sum);
    }

    int consumers(String tensor) {
        return consumers.getOrDefault(tensor, 0);
    }

    /** The value of a computed tensor; refused when it is a constant or not made yet. */
    Value value(OnnxNode n, String tensor) throws OnnxImportException {
        Value v = values.get(tensor);
        if (v == null) {
            throw constants.containsKey(tensor)
                    ? refusal(n, "it applies to the constant '" + tensor + "', which no Perceptra layer does")
                    : new OnnxImportException("The model is damaged: " + n.describe() + " reads '" + tensor
                    + "', which no earlier node makes.");
        }
        return v;
    }

    /** The value of input {@code i}, which must be arranged as Perceptra arranges it. */
    Value plain(OnnxNode n, int i) throws OnnxImportException {
        Value v = value(n, n.input(i));
        if (v.layout() != Layout.PLAIN) {
            throw refusal(n, "it reads a tensor arranged as " + v.layout().name().toLowerCase().replace('_', ' ')
                    + ", which only a Squeeze, Transpose or Flatten turns back into a layer's output");
        }
        return v;
    }

    void alias(String tensor, Value v) {
        values.put(tensor, v);
    }

    /** {@code tensor} is the direct output of the value's layer: an activation or bias may fold into it. */
    void made(Value v, String tensor) {
        values.put(tensor, v);
        madeBy.put(tensor, v.node());
    }

    boolean isMadeBy(Value v, String tensor) {
        return v.node().equals(madeBy.get(tensor)) && v.layout() == Layout.PLAIN;
    }

    Optional<Value> find(String tensor) {
        return Optional.ofNullable(values.get(tensor));
    }

    LayerNode node(NodeId id) {
        return nodes.get(id);
    }

    /** Replaces a layer's parameters (an activation or bias folded into it); its shape does not change. */
    void replace(LayerNode node) {
        nodes.put(node.id(), node);
    }

    /**
     * Adds a layer named after the ONNX node, wired from {@code inputs} in their order, and returns its value.
     *
     * @param weights the layer's trained tensors by local name ({@code W}, {@code b})
     */
    Value add(OnnxNode n, LayerKind kind, Map<String, Object> params, List<Value> inputs,
              Map<String, float[]> weights) throws OnnxImportException {
        NodeId id = NodeId.of(uniqueId(idFor(n.name(), kind)));
        return addNode(n, id, kind, params, inputs, weights);
    }

    Value addInput(String name, LayerKind kind, Map<String, Object> params, Shape shape) {
        NodeId id = NodeId.of(uniqueId(sanitize(name, "input")));
        nodes.put(id, new LayerNode(id, id.value(), kind, kind.defaults(params), null));
        return new Value(id, shape, Layout.PLAIN);
    }

    private Value addNode(OnnxNode n, NodeId id, LayerKind kind, Map<String, Object> params, List<Value> inputs,
                          Map<String, float[]> weights) throws OnnxImportException {
        Params p;
        try {
            p = kind.defaults(params);
        } catch (IllegalArgumentException e) {
            throw refusal(n, "as a " + kind.displayName() + " layer: " + e.getMessage());
        }
        LayerInference inference = kind.infer(inputs.stream().map(Value::shape).toList(), p);
        if (!inference.hasOutput()) {
            String why = inference.issues().isEmpty() ? "its shapes do not fit"
                    : inference.issues().get(0).message();
            throw refusal(n, "as a " + kind.displayName() + " layer: " + why);
        }
        nodes.put(id, new LayerNode(id, id.value(), kind, p, null));
        for (Value in : inputs) {
            Connection c = new Connection(in.node(), id);
            if (!wires.contains(c)) {
                wires.add(c);
            }
        }
        weights.forEach((local, v) -> tensors.put(id.value() + "/" + local, v));
        return new Value(id, inference.output(), Layout.PLAIN);
    }

    void putTensor(NodeId id, String local, float[] v) {
        tensors.put(id.value() + "/" + local, v);
    }

    Map<String, float[]> tensors() {
        return tensors;
    }

    NetworkGraph graph() {
        return NetworkGraph.of(nodes.values(), wires);
    }

    static OnnxImportException refusal(OnnxNode n, String why) {
        return new OnnxImportException("Perceptra cannot import the operator " + n.describe() + ": " + why + ".");
    }

    /**
     * A node id from the ONNX node's name: the scope before the op ("/fc1/Gemm" and "fc1/Gemm" give "fc1",
     * "/layer1/conv/Conv" gives "layer1.conv"), or the kind's name where there is none ("/Relu").
     */
    static String idFor(String onnxName, LayerKind kind) {
        String name = onnxName.startsWith("/") ? onnxName.substring(1) : onnxName;
        int slash = name.lastIndexOf('/');
        String scope = slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
        return sanitize(scope, kind.id().toLowerCase());
    }

    private static String sanitize(String name, String fallback) {
        String s = name.replaceAll("[^A-Za-z0-9_.\\-]", "_");
        if (s.isEmpty() || s.chars().allMatch(c -> c == '_')) {
            s = fallback;
        }
        if (!Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') {
            s = "_" + s;
        }
        return s.length() > 56 ? s.substring(0, 56) : s;
    }

    private String uniqueId(String base) {
        String id = base;
        for (int i = 2; ids.contains(id); i++) {
            id = base + "_" + i;
        }
        ids.add(id);
        return id;
    }
}
