package org.perceptra.onnximport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.export.OnnxExport;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/**
 * Kinds and settings the sample projects do not use, exported and imported again: the imported network has the
 * same layers (Dropout aside) and predicts what the trained one does. Kinds the exporter writes out of several
 * ops (swish, GELU, LayerNorm, SimpleRNN) are refused by the operator's name.
 */
class KindsRoundTripTest {
    private final Random random = new Random(11);

    @Test
    void imageKindsComeBack() throws Exception {
        Graph g = Graph.input(2, 9, 9)
                .then("conv_a", StandardLayers.CONV2D, Map.of("filters", 4, "kernelSize", 3, "padding", "same",
                        "activation", "leaky_relu", "negativeSlope", 0.2))
                .then("bn", StandardLayers.BATCH_NORM, Map.of())
                .then("max", StandardLayers.MAX_POOL2D, Map.of("poolSize", 2, "stride", 2, "padding", "same"))
                .then("conv_b", StandardLayers.CONV2D, Map.of("filters", 3, "kernelSize", 2, "dilation", 2,
                        "activation", "elu", "useBias", false))
                .then("avg", StandardLayers.AVG_POOL2D, Map.of("poolSize", 2, "stride", 1, "padding", "same"))
                .then("flat", StandardLayers.FLATTEN, Map.of())
                .then("drop", StandardLayers.DROPOUT, Map.of("rate", 0.3))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 3, "activation", "softmax",
                        "loss", "categorical_crossentropy"));
        assertRoundTrip(g.graph(), 3, true);
    }

    @Test
    void branchesMergesAndSequenceDenseComeBack() throws Exception {
        Graph g = Graph.input(6)
                .then("a", StandardLayers.DENSE, Map.of("units", 6, "activation", "relu"))
                .then("bn", StandardLayers.BATCH_NORM, Map.of("momentum", 0.5));
        g.from("input").then("b", StandardLayers.DENSE, Map.of("units", 6, "activation", "tanh"));
        g.join("sum", StandardLayers.ADD, Map.of(), "bn", "b");
        g.from("input").then("c", StandardLayers.DENSE, Map.of("units", 3, "activation", "sigmoid"));
        g.join("cat", StandardLayers.CONCATENATE, Map.of("axis", -1), "sum", "c")
                .then("grid", StandardLayers.RESHAPE, Map.of("targetShape", List.of(3, 3)))
                .then("seq_dense", StandardLayers.DENSE, Map.of("units", 4, "activation", "relu"))
                .then("act", StandardLayers.ACTIVATION, Map.of("activation", "softmax"))
                .then("flat", StandardLayers.FLATTEN, Map.of())
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "sigmoid",
                        "loss", "binary_crossentropy"));
        assertRoundTrip(g.graph(), 2, true);
    }

    @Test
    void recurrentKindsComeBack() throws Exception {
        Graph g = Graph.input(5, 3)
                .then("gru", StandardLayers.GRU, Map.of("units", 5, "returnSequences", true))
                .then("lstm", StandardLayers.LSTM, Map.of("units", 3, "useBias", false, "returnSequences", true))
                .then("gru_last", StandardLayers.GRU, Map.of("units", 2, "useBias", false))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "linear", "loss", "mse"));
        assertRoundTrip(g.graph(), 2, false);
    }

    @Test
    void embeddingComesBack() throws Exception {
        Graph g = Graph.input(6)
                .then("embed", StandardLayers.EMBEDDING, Map.of("vocabSize", 10, "embeddingDim", 4))
                .then("flat", StandardLayers.FLATTEN, Map.of())
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "softmax",
                        "loss", "categorical_crossentropy"));
        CompiledNetwork network = GraphCompiler.compile(g.graph(), TrainingSettings.defaults().withSeed(3));
        float[] ids = new float[8 * 6];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = random.nextInt(10);
        }
        network.fitBatch(ids, labels(8, 2, true), 8);
        byte[] file = OnnxExport.model(network, Optional.empty(), "tokens").toByteArray();

        ImportedModel imported = OnnxImport.read(file, "tokens.onnx");

        assertThat(Predictions.maxAbsDiff(network.predict(ids, 8), Predictions.of(imported.project(), ids, 8)))
                .isLessThanOrEqualTo(1e-6);
    }

    @Test
    void aKindExportedAsSeveralOpsIsRefusedByTheFirstOpItCannotRead() throws Exception {
        Graph g = Graph.input(4)
                .then("hidden", StandardLayers.DENSE, Map.of("units", 3, "activation", "swish"))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "softmax",
                        "loss", "categorical_crossentropy"));
        CompiledNetwork network = GraphCompiler.compile(g.graph(), TrainingSettings.defaults().withSeed(3));
        byte[] file = OnnxExport.model(network, Optional.empty(), "swish").toByteArray();

        assertThatThrownBy(() -> OnnxImport.read(file, "swish.onnx")).isInstanceOf(OnnxImportException.class)
                .hasMessageContaining("operator Mul (node 'hidden/Swish')");
    }

    private void assertRoundTrip(NetworkGraph graph, int outputs, boolean classes) throws Exception {
        CompiledNetwork network = GraphCompiler.compile(graph, TrainingSettings.defaults().withSeed(3));
        int batch = 16;
        int size = (int) network.inputShape().size();
        for (int step = 0; step < 5; step++) {
            network.fitBatch(gaussian(batch * size), labels(batch, outputs, classes), batch);
        }
        float[] x = gaussian(batch * size);
        network.setMode(org.perceptra.engine.Mode.INFERENCE);
        float[] expected = network.predict(x, batch);
        byte[] file = OnnxExport.model(network, Optional.empty(), "kinds").toByteArray();

        ImportedModel imported = OnnxImport.read(file, "kinds.onnx");

        NetworkGraph back = imported.project().graph();
        assertThat(back.nodes().stream().map(n -> n.id() + ":" + n.kind().id()).sorted())
                .containsExactlyElementsOf(graph.nodes().stream().filter(n -> !n.kind().id().equals("Dropout"))
                        .map(n -> n.id() + ":" + n.kind().id()).sorted().toList());
        double diff = Predictions.maxAbsDiff(expected, Predictions.of(imported.project(), x, batch));
        System.out.printf("%s: max abs diff %.3g%n", graph.nodeIds(), diff);
        assertThat(diff).isLessThanOrEqualTo(1e-5);
    }

    private float[] gaussian(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private float[] labels(int batch, int outputs, boolean classes) {
        float[] y = classes ? new float[batch * outputs] : gaussian(batch * outputs);
        for (int i = 0; classes && i < batch; i++) {
            y[i * outputs + random.nextInt(outputs)] = 1f;
        }
        return y;
    }

    /** A graph written as a chain, with branches and joins by node id. */
    private static final class Graph {
        private final List<LayerNode> nodes = new ArrayList<>();
        private final List<Connection> wires = new ArrayList<>();
        private String last;

        static Graph input(Integer... shape) {
            return new Graph().join("input", StandardLayers.INPUT, Map.of("shape", List.of(shape)));
        }

        Graph then(String id, LayerKind kind, Map<String, ?> params) {
            return join(id, kind, params, last);
        }

        Graph from(String id) {
            last = id;
            return this;
        }

        Graph join(String id, LayerKind kind, Map<String, ?> params, String... from) {
            nodes.add(new LayerNode(NodeId.of(id), id, kind, kind.defaults(params), null));
            for (String f : from) {
                wires.add(new Connection(NodeId.of(f), NodeId.of(id)));
            }
            last = id;
            return this;
        }

        NetworkGraph graph() {
            return NetworkGraph.of(nodes, wires);
        }
    }
}
