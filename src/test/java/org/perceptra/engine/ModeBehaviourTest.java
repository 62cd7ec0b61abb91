package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/** Dropout and BatchNorm behave differently while training and when used, and only then. */
class ModeBehaviourTest {
    private static final int N = 2000;

    @Test
    void dropoutSilencesItsRateWhileTrainingAndNothingAfterwards() {
        NetworkGraph graph = TestNet.input(N).then(StandardLayers.DROPOUT, Map.of("rate", 0.3))
                .then(StandardLayers.ACTIVATION, Map.of("activation", "linear"))
                .output(1, "linear", "mse").graph();
        CompiledNetwork net = GraphCompiler.compile(graph, TrainingSettings.defaults());
        float[] ones = new float[N];
        java.util.Arrays.fill(ones, 1f);
        float[] used = net.nodeOutputs(net.batchOf(ones, net.inputShape(), 1, "x"), Mode.INFERENCE)
                .get(org.perceptra.model.NodeId.of("activation_2")).dup().data().asFloat();
        assertThat(used).containsOnly(1f);
        float[] trained = net.nodeOutputs(net.batchOf(ones, net.inputShape(), 1, "x"), Mode.TRAINING)
                .get(org.perceptra.model.NodeId.of("activation_2")).dup().data().asFloat();
        long dropped = 0;
        for (float v : trained) {
            assertThat(v == 0f || Math.abs(v - 1 / 0.7f) < 1e-5).isTrue();
            dropped += v == 0f ? 1 : 0;
        }
        assertThat(dropped / (double) N).isCloseTo(0.3, within(0.04));
    }

    @Test
    void batchNormMovesItsRunningAveragesByTheMomentum() {
        NetworkGraph graph = TestNet.input(2).then(StandardLayers.BATCH_NORM, Map.of("momentum", 0.9))
                .output(2, "softmax", "categorical_crossentropy").graph();
        CompiledNetwork net = GraphCompiler.compile(graph, TrainingSettings.defaults(), Precision.FLOAT64);
        float[] x = {1, 10, 3, 20, 5, 60};
        net.fitBatch(x, new float[] {1, 0, 0, 1, 1, 0}, 3);
        // Batch mean [3, 30], biased variance [8/3, 1400/3]; running starts at mean 0, variance 1.
        assertThat(net.parameters().get("batch_norm_1/running_mean")).containsExactly(new float[] {0.3f, 3f}, within(1e-5f));
        assertThat(net.parameters().get("batch_norm_1/running_var"))
                .containsExactly(new float[] {0.9f + 0.1f * 8 / 3, 0.9f + 0.1f * 1400 / 3}, within(1e-4f));
    }

    @Test
    void batchNormUsesRunningAveragesWhenUsedSoEachSampleStandsAlone() {
        NetworkGraph graph = TestNet.input(2).then(StandardLayers.BATCH_NORM, Map.of())
                .output(2, "softmax", "categorical_crossentropy").graph();
        CompiledNetwork net = GraphCompiler.compile(graph, TrainingSettings.defaults());
        float[] alone = net.predict(new float[] {1, 2}, 1);
        float[] inBatch = net.predict(new float[] {1, 2, 50, -7}, 2);
        assertThat(new float[] {inBatch[0], inBatch[1]}).containsExactly(alone, within(1e-6f));
        net.setMode(Mode.TRAINING);
        float[] trainingBatch = net.predict(new float[] {1, 2, 50, -7}, 2);
        assertThat(trainingBatch[0]).isNotCloseTo(alone[0], within(1e-3f));
    }
}
