package org.perceptra.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
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
 * A trained network as PyTorch source and weights, in one folder: {@code model.py} (an {@code nn.Module} named
 * after the project, one attribute per layer with weights, comments naming the Perceptra nodes),
 * {@code weights.npz} (its {@code state_dict}, uncompressed) and {@code predict.py}, which loads both and
 * answers a CSV as {@code perceptra predict} does. The module takes raw features: the scaling fitted at
 * training time is the first line of {@code forward}, and regression values come back in the data's units.
 */
public final class PyTorchExport {
    public static final String MODEL = "model.py";
    public static final String WEIGHTS = "weights.npz";
    public static final String PREDICT = "predict.py";
    public static final String README = "README.txt";
    static final String FORMAT = "PyTorch";

    private PyTorchExport() {
    }

    /** The layers the export cannot express, each as a sentence naming the layer and its kind; empty if none. */
    public static List<String> refusals(NetworkGraph graph) {
        List<String> out = new ArrayList<>();
        for (LayerNode n : graph.nodes()) {
            if (!n.kind().id().equals("Input") && !PyTorchLayers.supports(n.kind().id())) {
                out.add(refusal(n).getMessage());
            }
        }
        return out;
    }

    private static ExportRefusedException refusal(LayerNode n) {
        return ExportRefusedException.atNode(n, FORMAT, "PyTorch export covers "
                + String.join(", ", PyTorchLayers.kinds()) + " so far");
    }

    /** The files' contents before they are written. */
    record Generated(String model, NpzArchive weights, String predict, String readme) {
    }

    /**
     * Writes model.py, weights.npz, predict.py and README.txt into {@code folder}, creating it if needed; each
     * file is replaced whole, so a failed export never leaves half a file.
     *
     * @param scalers the scalings it was trained with; empty: the module takes features already scaled, and its
     *                docstring says so
     * @param name    the project's name: the module's class name and the docstrings'
     * @throws ExportRefusedException naming the first layer the export cannot express
     */
    public static List<Path> write(CompiledNetwork network, Optional<Scalers> scalers, String name,
                                   PredictionColumns columns, Path folder) throws IOException {
        Generated files = files(network, scalers, name, columns);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "it is a file, not a folder");
        }
        Files.createDirectories(folder);
        List<Path> written = List.of(folder.resolve(MODEL), folder.resolve(WEIGHTS), folder.resolve(PREDICT),
                folder.resolve(README));
        AtomicFiles.writeText(written.get(0), files.model());
        AtomicFiles.write(written.get(1), files.weights()::writeTo);
        AtomicFiles.writeText(written.get(2), files.predict());
        AtomicFiles.writeText(written.get(3), files.readme());
        return written;
    }

    static Generated files(CompiledNetwork network, Optional<Scalers> scalers, String name, PredictionColumns columns) {
        NetworkGraph graph = network.graph();
        List<NodeId> order = graph.topologicalOrder().orElseThrow(); // a compiled network has no cycle
        for (NodeId id : order) {
            LayerNode n = graph.node(id);
            if (!n.kind().id().equals("Input") && !PyTorchLayers.supports(n.kind().id())) {
                throw refusal(n);
            }
        }
        GraphAnalysis analysis = Validator.analyze(graph);
        PyTorchModule module = new PyTorchModule();
        String className = module.names.className(name);
        Map<NodeId, String> variables = new HashMap<>();
        Map<String, float[]> tensors = network.parameters();
        String result = null;
        for (NodeId id : order) {
            LayerNode n = graph.node(id);
            Shape shape = analysis.node(id).orElseThrow().output();
            String attr = module.names.identifier(id.value());
            variables.put(id, attr);
            if (n.kind().id().equals("Input")) {
                scaled(module, n, attr, shape, scalers.map(Scalers::features));
                continue;
            }
            List<NodeId> from = graph.inputsOf(id);
            var layer = new PyTorchModule.Layer(n, attr, from.stream().map(variables::get).toList(),
                    from.stream().map(i -> analysis.node(i).orElseThrow().output()).toList(), shape, tensors, module);
            String expression = PyTorchLayers.translate(layer);
            module.forward.add("# " + layer.describe());
            module.forward.add(attr + " = " + expression);
            if (n.kind().id().equals("Output")) {
                result = unscaled(module, attr, scalers.flatMap(Scalers::targetScaler));
            }
        }
        module.forward.add("return " + result);
        ModelSource source = new ModelSource(name, className, scalers, network.inputShape(), network.outputShape());
        return new Generated(source.render(module), module.weights,
                PredictScript.render(name, className, columns, network.inputShape()),
                PredictScript.readme(name, className, columns));
    }

    /** {@code (features - centre) / spread}, per feature or per channel, as FeatureScaler applies it. */
    private static void scaled(PyTorchModule m, LayerNode n, String variable, Shape shape,
                               Optional<FeatureScaler> scaler) {
        m.forward.add("# Perceptra node '" + n.id().value() + "' (Input) -> " + shape
                + (scaler.isPresent() ? ": scaled as in training" : ": features already scaled"));
        if (scaler.isEmpty() || scaler.get().method() == Normalization.NONE) {
            m.forward.add(variable + " = features");
            return;
        }
        float[] centre = scaler.get().centre();
        long[] dims = shape.isImage() ? new long[] {centre.length, 1, 1} : new long[] {centre.length};
        String size = shape.isImage() ? centre.length + ", 1, 1" : Integer.toString(centre.length);
        m.init.add("# The scaling fitted at training time, per "
                + (shape.isImage() ? "channel" : "feature") + ": features go in as the data gives them");
        m.init.add("self.register_buffer(\"feature_centre\", torch.zeros(" + size + "))");
        m.init.add("self.register_buffer(\"feature_spread\", torch.ones(" + size + "))");
        m.weights.put("feature_centre", NpzArchive.Array.of(centre, dims));
        m.weights.put("feature_spread", NpzArchive.Array.of(divisors(scaler.get().spread()), dims));
        m.forward.add(variable + " = (features - self.feature_centre) / self.feature_spread");
    }

    /** {@code y * spread + mean}: regression values back in the data's units, as TargetScaler.unscale. */
    private static String unscaled(PyTorchModule m, String y, Optional<TargetScaler> scaler) {
        if (scaler.isEmpty() || scaler.get().isIdentity()) {
            return y;
        }
        int n = scaler.get().size();
        m.init.add("# The target scaling fitted at training time, undone at the end: values in the data's units");
        m.init.add("self.register_buffer(\"target_mean\", torch.zeros(" + n + "))");
        m.init.add("self.register_buffer(\"target_spread\", torch.ones(" + n + "))");
        m.weights.put("target_mean", NpzArchive.Array.of(scaler.get().mean(), n));
        m.weights.put("target_spread", NpzArchive.Array.of(divisors(scaler.get().spread()), n));
        return y + " * self.target_spread + self.target_mean";
    }

    /** A spread of 0 (a constant feature) or a non-finite one divides by 1, as the scalers do. */
    private static float[] divisors(float[] spread) {
        float[] d = spread.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] = d[i] > 0 && Float.isFinite(d[i]) ? d[i] : 1f;
        }
        return d;
    }

    static String version() {
        String v = PyTorchExport.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
