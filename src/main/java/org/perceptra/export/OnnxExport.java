package org.perceptra.export;

import static org.perceptra.export.OnnxGraph.in;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perceptra.data.DatasetSpec.Normalization;
import org.perceptra.data.FeatureScaler;
import org.perceptra.data.TargetScaler;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.Scalers;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Shape;
import org.perceptra.model.Validator;
import org.perceptra.project.AtomicFiles;

/**
 * A trained network as an ONNX model: opset 13, IR version 7, float32, the batch dimension symbolic ("N"). The
 * input is named after the Input node and takes raw features: the scaling fitted at training time is its first
 * Sub/Div pair. The output is named after the Output node and gives what Perceptra's predictions give:
 * probabilities, or regression values in the data's own units (the target scaling undone by a last Mul/Add).
 */
public final class OnnxExport {
    public static final int OPSET = 13;
    public static final int IR_VERSION = 7;
    public static final String BATCH = "N";
    static final String FORMAT = "ONNX";
    /** Metadata key: the class names in output order, as a JSON list (absent for regression or unknown). */
    public static final String CLASSES_KEY = "perceptra.classes";
    /** Metadata key: the feature columns the input takes, in order, as a JSON list (absent when unknown). */
    public static final String FEATURES_KEY = "perceptra.features";
    /** Metadata key: the id of the feature scaling folded into the graph (zscore, minmax). */
    public static final String SCALING_KEY = "perceptra.scaling";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OnnxExport() {
    }

    /**
     * The layers of {@code graph} ONNX cannot express here, each as a sentence naming the layer and its kind;
     * empty when the whole network exports.
     */
    public static List<String> refusals(NetworkGraph graph) {
        List<String> out = new ArrayList<>();
        for (LayerNode n : graph.nodes()) {
            if (!n.kind().id().equals("Input") && !OnnxLayers.supports(n.kind().id())) {
                out.add(refusal(n).getMessage());
            }
        }
        return out;
    }

    private static ExportRefusedException refusal(LayerNode n) {
        return ExportRefusedException.atNode(n, FORMAT, "ONNX export covers " + String.join(", ", OnnxLayers.kinds())
                + " so far");
    }

    /**
     * @param network a compiled network holding the trained weights
     * @param scalers the scalings it was trained with (stored with the weights); empty: the model takes the
     *                features already scaled, and says so in its doc string
     * @param name    the model's graph name (the project's name)
     * @throws ExportRefusedException naming the first layer (in the network's order) ONNX cannot express
     */
    public static ModelProto model(CompiledNetwork network, Optional<Scalers> scalers, String name) {
        return model(network, scalers, name, DataNames.NONE);
    }

    /**
     * As {@link #model(CompiledNetwork, Optional, String)}, with the data's class names and feature columns in
     * the model's metadata ({@link #CLASSES_KEY}, {@link #FEATURES_KEY}), so that an import or a predict on the
     * file names them as the project did. Empty lists are left out.
     */
    public static ModelProto model(CompiledNetwork network, Optional<Scalers> scalers, String name, DataNames names) {
        NetworkGraph graph = network.graph();
        GraphAnalysis analysis = Validator.analyze(graph);
        List<NodeId> order = graph.topologicalOrder().orElseThrow(); // a compiled network has no cycle
        for (NodeId id : order) {
            LayerNode n = graph.node(id);
            if (!n.kind().id().equals("Input") && !OnnxLayers.supports(n.kind().id())) {
                throw refusal(n);
            }
        }
        Map<String, float[]> tensors = network.parameters();
        OnnxGraph g = new OnnxGraph();
        g.proto().setName(name);
        Map<NodeId, String> outputs = new HashMap<>();
        String result = null;
        for (NodeId id : order) {
            LayerNode n = graph.node(id);
            Shape shape = analysis.node(id).orElseThrow().output();
            if (n.kind().id().equals("Input")) {
                g.proto().addInput(valueInfo(id.value(), shape));
                outputs.put(id, scaled(g, id.value(), shape, scalers.map(Scalers::features)));
                continue;
            }
            List<NodeId> from = graph.inputsOf(id);
            var layer = new OnnxLayers.Layer(n, from.stream().map(outputs::get).toList(),
                    from.stream().map(i -> analysis.node(i).orElseThrow().output()).toList(), shape, tensors, g);
            outputs.put(id, OnnxLayers.translate(layer));
            if (n.kind().id().equals("Output")) {
                String values = unscaled(g, outputs.get(id), scalers.flatMap(Scalers::targetScaler));
                // The graph's output must be a named node output: an Identity gives it the Output node's id.
                result = g.node("Identity", id.value(), in(values));
                g.proto().addOutput(valueInfo(result, shape));
            }
        }
        return ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setProducerName("Perceptra")
                .setProducerVersion(version())
                .setModelVersion(1)
                .setDocString(docString(name, scalers))
                .setGraph(g.proto())
                .addAllMetadataProps(metadata(scalers, names.classNames(), names.featureNames()))
                .build();
    }

    private static List<StringStringEntryProto> metadata(Optional<Scalers> scalers, List<String> classNames,
                                                         List<String> featureNames) {
        List<StringStringEntryProto> out = new ArrayList<>();
        if (!classNames.isEmpty()) {
            out.add(entry(CLASSES_KEY, jsonList(classNames)));
        }
        if (!featureNames.isEmpty()) {
            out.add(entry(FEATURES_KEY, jsonList(featureNames)));
        }
        scalers.map(s -> s.features().method()).filter(m -> m != Normalization.NONE)
                .ifPresent(m -> out.add(entry(SCALING_KEY, m.id())));
        return out;
    }

    private static StringStringEntryProto entry(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }

    private static String jsonList(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always writes", e);
        }
    }

    /**
     * Writes {@link #model} to {@code file} through a temporary file beside it, so that a failed export never
     * leaves half a model under the asked name.
     */
    public static void write(CompiledNetwork network, Optional<Scalers> scalers, String name, Path file)
            throws IOException {
        write(network, scalers, name, DataNames.NONE, file);
    }

    /** As {@link #write(CompiledNetwork, Optional, String, Path)}, with class names and feature columns. */
    public static void write(CompiledNetwork network, Optional<Scalers> scalers, String name, DataNames names,
                             Path file) throws IOException {
        ModelProto model = model(network, scalers, name, names);
        AtomicFiles.write(file, model::writeTo);
    }

    /** {@code (x - centre) / spread}, per feature or per channel, as FeatureScaler applies it. */
    private static String scaled(OnnxGraph g, String x, Shape shape, Optional<FeatureScaler> scaler) {
        if (scaler.isEmpty() || scaler.get().method() == Normalization.NONE) {
            return x;
        }
        float[] centre = scaler.get().centre();
        long[] dims = shape.isImage() ? new long[] {centre.length, 1, 1} : new long[] {centre.length};
        String c = g.floats("scaling/centre", dims, centre);
        String d = g.floats("scaling/spread", dims, divisors(scaler.get().spread()));
        return g.node("Div", "scaling/Div", in(g.node("Sub", "scaling/Sub", in(x, c)), d));
    }

    /** {@code y * spread + mean}: regression values back in the data's units, as TargetScaler.unscale. */
    private static String unscaled(OnnxGraph g, String y, Optional<TargetScaler> scaler) {
        if (scaler.isEmpty() || scaler.get().isIdentity()) {
            return y;
        }
        int n = scaler.get().size();
        String spread = g.floats("unscaling/spread", new long[] {n}, divisors(scaler.get().spread()));
        String mean = g.floats("unscaling/mean", new long[] {n}, scaler.get().mean());
        return g.node("Add", "unscaling/Add", in(g.node("Mul", "unscaling/Mul", in(y, spread)), mean));
    }

    /** A spread of 0 (a constant feature) or a non-finite one divides by 1, as the scalers do. */
    private static float[] divisors(float[] spread) {
        float[] d = spread.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] = d[i] > 0 && Float.isFinite(d[i]) ? d[i] : 1f;
        }
        return d;
    }

    private static ValueInfoProto valueInfo(String name, Shape shape) {
        TensorShapeProto.Builder dims = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(BATCH));
        for (int d : shape.toArray()) {
            dims.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        TypeProto type = TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                .setElemType(TensorProto.DataType.FLOAT.getNumber()).setShape(dims)).build();
        return ValueInfoProto.newBuilder().setName(name).setType(type).build();
    }

    private static String docString(String name, Optional<Scalers> scalers) {
        String input = scalers.isEmpty()
                ? "The input takes features already scaled as in training: this project's weights were saved "
                + "without the scaling fitted in training."
                : "The input takes the features as the data gives them: the scaling fitted at training time ("
                + scalers.get().features().method().id() + ") is the graph's first Sub/Div pair.";
        String output = scalers.flatMap(Scalers::targetScaler).filter(t -> !t.isIdentity()).isPresent()
                ? " Regression outputs are in the data's own units: the target scaling is undone by the last Mul/Add."
                : "";
        return "Exported by Perceptra from the project '" + name + "'. " + input + output
                + " Dropout is left out (the identity at inference); BatchNorm uses its running statistics.";
    }

    private static String version() {
        String v = OnnxExport.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
