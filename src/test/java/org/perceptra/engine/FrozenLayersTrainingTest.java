package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.Optimizer;
import org.perceptra.model.layers.StandardLayers;

/**
 * A frozen layer's tensors come out of training bit for bit as they went in, under every optimiser and on every
 * update path (one flat vector, per tensor, planned or through SameDiff's executor), while the others learn and
 * the loss falls.
 */
class FrozenLayersTrainingTest {
    private static final int STEPS = 30;

    private static NetworkGraph bodyFrozen() {
        return TestNet.input(4).then("body", StandardLayers.DENSE, Map.of("units", 8, "activation", "tanh"))
                .then("head", StandardLayers.DENSE, Map.of("units", 8, "activation", "tanh"))
                .output(3, "softmax", "categorical_crossentropy").freeze("body").graph();
    }

    private static TrainingSettings settings(Optimizer o) {
        // Weight decay too: a frozen layer must not shrink either.
        TrainingSettings s = TrainingSettings.defaults().withOptimizer(o).withLearningRate(0.05).withSeed(3);
        return new TrainingSettings(s.optimizer(), s.learningRate(), s.momentum(), s.batchSize(), s.epochs(), s.seed(),
                s.schedule(), 1.0, 0, 1e-3, s.earlyStopping());
    }

    @ParameterizedTest
    @EnumSource(Optimizer.class)
    void frozenWeightsStayBitForBitWhileTheOthersLearn(Optimizer optimizer) {
        for (boolean planned : new boolean[] {true, false}) {
            NetworkGraph graph = bodyFrozen();
            CompiledNetwork net = GraphCompiler.compile(graph, settings(optimizer));
            net.usePlans(planned);
            assertThat(net.frozenParameters()).containsExactly("body/W", "body/b");
            assertThat(net.trainableParameters()).doesNotContain("body/W", "body/b").contains("head/W", "output/W");
            trainsOnlyTheUnfrozen(net, graph, optimizer + (planned ? ", planned" : ", SameDiff"));
        }
    }

    @Test
    void perTensorUpdatesLeaveFrozenLayersAlone() {
        // A dead-end branch has no gradient, which makes the step update tensor by tensor instead of as one vector.
        TestNet t = TestNet.input(4).then("body", StandardLayers.DENSE, Map.of("units", 8, "activation", "tanh"));
        NetworkGraph graph = t.then("head", StandardLayers.DENSE, Map.of("units", 8, "activation", "tanh"))
                .output(3, "softmax", "categorical_crossentropy")
                .join("dead_end", StandardLayers.DENSE, Map.of("units", 2), "body").freeze("body").graph();
        CompiledNetwork net = GraphCompiler.compile(graph, settings(Optimizer.ADAM));

        trainsOnlyTheUnfrozen(net, graph, "per tensor");
    }

    @Test
    void aFrozenBatchNormKeepsItsStatisticsAndUsesThemInTraining() {
        NetworkGraph graph = TestNet.input(4).then("norm", StandardLayers.BATCH_NORM, Map.of())
                .dense(8, "tanh").output(3, "softmax", "categorical_crossentropy").freeze("norm").graph();
        CompiledNetwork net = GraphCompiler.compile(graph, settings(Optimizer.ADAM));
        INDArray x = GradientCheck.inputs(net, 16, 0).muli(3).addi(2); // far from the running mean 0, variance 1
        INDArray y = GradientCheck.labels(net, graph, 16);
        Map<String, float[]> before = net.parameters();

        net.fitBatch(x, y);
        net.setMode(Mode.TRAINING);
        float[] trainingPath = net.predict(x.dup()).dup().data().asFloat();
        net.setMode(Mode.INFERENCE);
        float[] inferencePath = net.predict(x.dup()).dup().data().asFloat();

        for (String name : new String[] {"norm/gamma", "norm/beta", "norm/running_mean", "norm/running_var"}) {
            assertThat(net.parameters().get(name)).as(name).containsExactly(before.get(name));
        }
        assertThat(trainingPath).containsExactly(inferencePath);
    }

    @Test
    void everyLayerFrozenTrainsNothingAndDoesNotFail() {
        NetworkGraph graph = TestNet.input(4).dense(8, "tanh").output(3, "softmax", "categorical_crossentropy")
                .freeze("dense_1", "output").graph();
        CompiledNetwork net = GraphCompiler.compile(graph, settings(Optimizer.ADAM));
        INDArray x = GradientCheck.inputs(net, 8, 0);
        INDArray y = GradientCheck.labels(net, graph, 8);
        Map<String, float[]> before = net.parameters();

        double loss = net.fitBatch(x, y);

        assertThat(loss).isFinite();
        assertThat(net.trainableParameters()).isEmpty();
        before.forEach((name, v) -> assertThat(net.parameters().get(name)).as(name).containsExactly(v));
    }

    private static void trainsOnlyTheUnfrozen(CompiledNetwork net, NetworkGraph graph, String what) {
        INDArray x = GradientCheck.inputs(net, 16, 0);
        INDArray y = GradientCheck.labels(net, graph, 16);
        Map<String, float[]> before = net.parameters();
        double first = net.fitBatch(x, y);
        double last = first;
        for (int i = 1; i < STEPS; i++) {
            last = net.fitBatch(x, y);
        }
        Map<String, float[]> after = net.parameters();
        for (String name : net.frozenParameters()) {
            assertThat(after.get(name)).as("%s: %s", what, name).containsExactly(before.get(name));
        }
        for (String name : net.trainableParameters()) {
            if (name.startsWith("dead_end/")) {
                continue; // no gradient reaches it: nothing to learn, frozen or not
            }
            assertThat(Arrays.equals(after.get(name), before.get(name))).as("%s: %s changed", what, name).isFalse();
        }
        assertThat(last).as("%s: loss falls", what).isLessThan(first);
    }
}
