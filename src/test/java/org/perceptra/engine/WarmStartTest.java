package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/** Stored weights feed the layers they still fit, whole layers only; the others start fresh. */
class WarmStartTest {
    private static final TrainingSettings SETTINGS = TrainingSettings.defaults().withSeed(9);

    private static TestNet body() {
        return TestNet.input(4).then("body", StandardLayers.DENSE, Map.of("units", 6, "activation", "relu"))
                .then("norm", StandardLayers.BATCH_NORM, Map.of());
    }

    /** The first network, trained a few steps so that its weights differ from any fresh initialisation. */
    private static String trainedWeights() {
        NetworkGraph graph = body().output(3, "softmax", "categorical_crossentropy").graph();
        CompiledNetwork net = GraphCompiler.compile(graph, SETTINGS.withSeed(1));
        INDArray x = GradientCheck.inputs(net, 8, 0);
        INDArray y = GradientCheck.labels(net, graph, 8);
        for (int i = 0; i < 5; i++) {
            net.fitBatch(x, y);
        }
        return WeightsJson.write(net);
    }

    @Test
    void aReplacedHeadStartsFreshWhileTheBodyKeepsItsWeights() {
        String stored = trainedWeights();
        // The head replaced: the output now has two classes (another shape), and a new layer comes before it.
        NetworkGraph edited = body().then("new_dense", StandardLayers.DENSE, Map.of("units", 5))
                .output(2, "softmax", "categorical_crossentropy").freeze("body", "norm").graph();
        CompiledNetwork fresh = GraphCompiler.compile(edited, SETTINGS);
        CompiledNetwork warm = GraphCompiler.compile(edited, SETTINGS);

        WarmStart start = WarmStart.load(stored, warm);

        assertThat(start.fromStored()).containsExactly(NodeId.of("body"), NodeId.of("norm"));
        assertThat(start.fresh()).containsExactly(NodeId.of("new_dense"), NodeId.of("output"));
        Map<String, WeightsJson.StoredTensor> tensors = WeightsJson.readAll(stored);
        for (String name : new String[] {"body/W", "body/b", "norm/gamma", "norm/running_mean", "norm/running_var"}) {
            assertThat(warm.parameters().get(name)).as(name).containsExactly(tensors.get(name).values());
        }
        assertThat(warm.parameters().get("output/W")).containsExactly(fresh.parameters().get("output/W"));
        assertThat(warm.parameters().get("new_dense/W")).containsExactly(fresh.parameters().get("new_dense/W"));
        assertThat(start.sentence(edited)).isEqualTo("Started from the stored weights: body (frozen), norm (frozen). "
                + "New weights: new_dense, output.");
    }

    @Test
    void aLayerWithOneTensorOfAnotherShapeStartsFreshAsAWhole() {
        String stored = trainedWeights();
        NetworkGraph wider = TestNet.input(4).then("body", StandardLayers.DENSE, Map.of("units", 7))
                .output(3, "softmax", "categorical_crossentropy").graph();
        CompiledNetwork net = GraphCompiler.compile(wider, SETTINGS);
        Map<String, float[]> before = net.parameters();

        WarmStart start = WarmStart.load(stored, net);

        assertThat(start.fromStored()).isEmpty();
        assertThat(start.fresh()).containsExactly(NodeId.of("body"), NodeId.of("output"));
        before.forEach((name, v) -> assertThat(net.parameters().get(name)).as(name).containsExactly(v));
        assertThat(start.sentence(wider)).contains("no stored weights fit");
    }

    @Test
    void damagedWeightsAreReportedAndEveryLayerStartsFresh() {
        NetworkGraph graph = body().output(3, "softmax", "categorical_crossentropy").graph();
        CompiledNetwork net = GraphCompiler.compile(graph, SETTINGS);

        WarmStart start = WarmStart.load("{\"format\": 1, \"encoding\": \"base64-float32-le\", \"tensors\": "
                + "[{\"name\": \"body/W\", \"shape\": [4, 6], \"values\": \"AAAA\"}]}", net);

        assertThat(start.problem()).hasValueSatisfying(p -> assertThat(p).contains("body/W"));
        assertThat(start.fromStored()).isEmpty();
        assertThat(start.happened()).isTrue();
    }

    @Test
    void autoWarmStartsOnlyNetworksWithAFrozenLayer() {
        NetworkGraph plain = body().output(3, "softmax", "categorical_crossentropy").graph();
        NetworkGraph frozen = body().output(3, "softmax", "categorical_crossentropy").freeze("body").graph();

        assertThat(WarmStart.Choice.AUTO.startingWeights(plain, "w")).isNull();
        assertThat(WarmStart.Choice.AUTO.startingWeights(frozen, "w")).isEqualTo("w");
        assertThat(WarmStart.Choice.STORED.startingWeights(plain, "w")).isEqualTo("w");
        assertThat(WarmStart.Choice.FRESH.startingWeights(frozen, "w")).isNull();
    }
}
