package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/** What the compiler promises beyond the maths: refusal of invalid graphs, names, seeds and initialisation. */
class GraphCompilerTest {
    private static final NetworkGraph MLP = TestNet.input(4).dense(6, "relu")
            .output(3, "softmax", "categorical_crossentropy").graph();

    @Test
    void refusesAGraphWithErrorsAndListsThem() {
        NetworkGraph noOutput = TestNet.input(4).dense(6, "relu").graph();
        assertThatThrownBy(() -> GraphCompiler.compile(noOutput, TrainingSettings.defaults()))
                .isInstanceOf(CompileException.class)
                .hasMessageContaining("no Output layer")
                .satisfies(e -> assertThat(((CompileException) e).diagnostics()).isNotEmpty());
    }

    @Test
    void refusesSettingsOutOfRange() {
        assertThatThrownBy(() -> GraphCompiler.compile(MLP, TrainingSettings.defaults().withLearningRate(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learningRate");
    }

    @Test
    void tensorsAreNamedAfterTheirNodes() {
        CompiledNetwork net = GraphCompiler.compile(MLP, TrainingSettings.defaults());
        assertThat(net.parameters().keySet()).containsExactly("dense_1/W", "dense_1/b", "output/W", "output/b");
        assertThat(net.parameterShapes().get("dense_1/W")).containsExactly(4, 6);
        assertThat(net.nodeOf("dense_1/W")).contains(NodeId.of("dense_1"));
        assertThat(net.nodeOf("Op [output/inference/matmul] failed")).contains(NodeId.of("output"));
        assertThat(net.nodeOf("input")).contains(NodeId.of("input"));
        assertThat(net.nodeOf("matmul_bp")).isEmpty();
    }

    @Test
    void batchNormKeepsItsStatisticsApartFromTheTrainableTensors() {
        CompiledNetwork net = GraphCompiler.compile(TestNet.input(3).then(StandardLayers.BATCH_NORM, Map.of())
                .output(2, "softmax", "categorical_crossentropy").graph(), TrainingSettings.defaults());
        assertThat(net.trainableParameters()).containsExactly("batch_norm_1/gamma", "batch_norm_1/beta",
                "output/W", "output/b");
        assertThat(net.parameters()).containsKeys("batch_norm_1/running_mean", "batch_norm_1/running_var");
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        Map<String, float[]> a = GraphCompiler.compile(MLP, TrainingSettings.defaults().withSeed(3)).parameters();
        Map<String, float[]> b = GraphCompiler.compile(MLP, TrainingSettings.defaults().withSeed(3)).parameters();
        Map<String, float[]> c = GraphCompiler.compile(MLP, TrainingSettings.defaults().withSeed(4)).parameters();
        assertThat(a.get("dense_1/W")).containsExactly(b.get("dense_1/W"));
        assertThat(Arrays.equals(a.get("dense_1/W"), c.get("dense_1/W"))).isFalse();
    }

    @Test
    void addingALayerDoesNotChangeTheOthersStartingWeights() {
        NetworkGraph longer = TestNet.input(4).dense(6, "relu").dense(5, "relu")
                .output(3, "softmax", "categorical_crossentropy").graph();
        float[] w1 = GraphCompiler.compile(MLP, TrainingSettings.defaults()).parameters().get("dense_1/W");
        float[] w2 = GraphCompiler.compile(longer, TrainingSettings.defaults()).parameters().get("dense_1/W");
        assertThat(w2).containsExactly(w1);
    }

    @Test
    void weightInitsHaveTheirSpread() {
        assertThat(spread("glorot_uniform", 400, 600)).isCloseTo(Math.sqrt(2.0 / 1000), within(0.002));
        assertThat(spread("glorot_normal", 400, 600)).isCloseTo(Math.sqrt(2.0 / 1000), within(0.002));
        assertThat(spread("he_uniform", 400, 600)).isCloseTo(Math.sqrt(2.0 / 400), within(0.003));
        assertThat(spread("he_normal", 400, 600)).isCloseTo(Math.sqrt(2.0 / 400), within(0.003));
        assertThat(spread("lecun_normal", 400, 600)).isCloseTo(Math.sqrt(1.0 / 400), within(0.002));
        assertThat(Arrays.stream(WeightInit.values("glorot_uniform", 0, 10_000, 400, 600, 1, "w")).map(Math::abs).max()
                .orElseThrow()).isLessThanOrEqualTo(Math.sqrt(6.0 / 1000));
        assertThat(WeightInit.values("zeros", 0, 5, 1, 1, 1, "w")).containsOnly(0.0);
        assertThat(WeightInit.values("constant", 0.25, 5, 1, 1, 1, "w")).containsOnly(0.25);
    }

    private static double spread(String init, int fanIn, int fanOut) {
        double[] v = WeightInit.values(init, 0, 20_000, fanIn, fanOut, 9, "w");
        return Math.sqrt(Arrays.stream(v).map(x -> x * x).average().orElseThrow());
    }

    @Test
    void constantInitReachesTheLayer() {
        NetworkGraph graph = TestNet.input(2).then(StandardLayers.DENSE, Map.of("units", 3, "weightInit", "constant",
                "initValue", 0.5)).output(2, "softmax", "categorical_crossentropy").graph();
        assertThat(GraphCompiler.compile(graph, TrainingSettings.defaults()).parameters().get("dense_1/W"))
                .containsOnly(0.5f);
    }

    @Test
    void parametersRoundTripThroughSetParameters() {
        CompiledNetwork net = GraphCompiler.compile(MLP, TrainingSettings.defaults());
        float[] before = net.predict(new float[] {1, 2, 3, 4}, 1);
        Map<String, float[]> saved = net.parameters();
        net.fitBatch(new float[] {1, 2, 3, 4}, new float[] {0, 1, 0}, 1);
        assertThat(net.predict(new float[] {1, 2, 3, 4}, 1)).isNotEqualTo(before);
        net.setParameters(saved);
        assertThat(net.predict(new float[] {1, 2, 3, 4}, 1)).containsExactly(before);
    }

    @Test
    void predictionsOfASoftmaxOutputAreProbabilities() {
        float[] p = GraphCompiler.compile(MLP, TrainingSettings.defaults()).predict(new float[] {1, 2, 3, 4, -1, 0, 2, 1}, 2);
        assertThat(p).hasSize(6);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1f, within(1e-6f));
        assertThat(p[3] + p[4] + p[5]).isCloseTo(1f, within(1e-6f));
    }

    @Test
    void wrongArrayLengthsAreRefusedWithTheShapes() {
        CompiledNetwork net = GraphCompiler.compile(MLP, TrainingSettings.defaults());
        assertThatThrownBy(() -> net.predict(new float[7], 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[4]");
    }

    @Test
    void gradientsAndActivationsAreAvailableForSnapshots() {
        CompiledNetwork net = GraphCompiler.compile(MLP, TrainingSettings.defaults());
        TrainingArrays data = new TrainingArrays(new float[] {1, 2, 3, 4, -1, 0, 2, 1}, org.perceptra.model.Shape.of(4),
                new float[] {0, 1, 0, 1, 0, 0}, org.perceptra.model.Shape.of(3), 2);
        net.fitBatch(data, new int[] {0, 1});
        assertThat(net.lastGradients()).isEmpty();
        net.setRecordGradients(true);
        net.fitBatch(data, new int[] {1, 0});
        assertThat(net.lastGradients().get("dense_1/W")).hasSize(24);
        Map<NodeId, float[]> activations = net.activations(data, new int[] {0, 1});
        float[] hidden = activations.get(NodeId.of("dense_1"));
        assertThat(hidden).hasSize(12);
        for (float v : hidden) {
            assertThat(v).isGreaterThanOrEqualTo(0f); // relu
        }
        assertThat(activations.get(NodeId.of("output"))).hasSize(6);
    }
}
