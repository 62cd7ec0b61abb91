package org.perceptra.onnximport;

import java.util.Map;
import org.perceptra.engine.CompileException;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.Scalers;
import org.perceptra.engine.WeightsJson;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;

/**
 * The imported tensors as a trained project's stored weights. The graph is compiled once, as training would
 * compile it, so that the tensors are checked against the very shapes the engine will load them into; the
 * weights JSON is then what a trained project saves.
 */
final class ImportedWeights {
    private ImportedWeights() {
    }

    static String json(NetworkGraph graph, Map<String, float[]> tensors, Scalers scalers) throws OnnxImportException {
        CompiledNetwork network;
        try {
            network = GraphCompiler.compile(graph, TrainingSettings.defaults());
        } catch (CompileException e) {
            throw new OnnxImportException("The imported network cannot be built: " + e.getMessage());
        }
        Map<String, long[]> shapes = network.parameterShapes();
        for (var e : shapes.entrySet()) {
            float[] v = tensors.get(e.getKey());
            long size = 1;
            for (long d : e.getValue()) {
                size *= d;
            }
            if (v == null || v.length != size) {
                throw new OnnxImportException("The model gives no fitting values for '" + e.getKey() + "' ("
                        + (v == null ? "none" : v.length + " values") + " for " + size + ").");
            }
        }
        for (String name : tensors.keySet()) {
            if (!shapes.containsKey(name)) {
                throw new OnnxImportException("The model holds values for '" + name + "', which the imported "
                        + "network does not use.");
            }
        }
        network.setParameters(tensors);
        return WeightsJson.write(network, scalers);
    }
}
