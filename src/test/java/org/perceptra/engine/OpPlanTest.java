package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/**
 * Training through {@link OpPlan}s gives SameDiff's numbers: the same losses and weights step after step, with
 * Dropout and BatchNorm (placeholders refilled, statistics read back) and batches of changing size (one plan
 * each), in 64-bit so that any difference shows.
 */
class OpPlanTest {
    private static final NetworkGraph NET = TestNet.input(4).dense(6, "tanh")
            .then(StandardLayers.DROPOUT, Map.of("rate", 0.3))
            .then(StandardLayers.BATCH_NORM, Map.of())
            .dense(5, "relu").output(3, "softmax", "categorical_crossentropy").graph();

    /** Convolutions as im2col and products, with tanh outputs large enough for the gradient from the output. */
    private static final NetworkGraph CONV = TestNet.input(1, 12, 12)
            .then(StandardLayers.CONV2D, Map.of("filters", 16, "kernelSize", 3, "padding", "same",
                    "activation", "tanh"))
            .then(StandardLayers.AVG_POOL2D, Map.of("poolSize", 2))
            .then(StandardLayers.CONV2D, Map.of("filters", 4, "kernelSize", 3, "stride", 2, "activation", "relu"))
            .then(StandardLayers.FLATTEN, Map.of())
            .output(3, "softmax", "categorical_crossentropy").graph();

    private static CompiledNetwork compile() {
        return compile(NET);
    }

    private static CompiledNetwork compile(NetworkGraph graph) {
        TrainingSettings adam = TrainingSettings.defaults().withOptimizer(TrainingSettings.Optimizer.ADAM)
                .withLearningRate(0.01).withSeed(3);
        return GraphCompiler.compile(graph, adam, Precision.FLOAT64);
    }

    /** Sample i of a batch is of class (i * 2 + shift) mod 3. */
    private static INDArray oneHot(CompiledNetwork net, int batch, int shift) {
        float[] y = new float[batch * 3];
        for (int i = 0; i < batch; i++) {
            y[i * 3 + (i * 2 + shift) % 3] = 1;
        }
        return net.batchOf(y, net.outputShape(), batch, "labels");
    }

    @Test
    void plannedStepsTrainExactlyAsSameDiffsExecutor() {
        trainBothWays(NET, new int[] {8, 8, 3, 8, 3, 5, 8});
    }

    @Test
    void plannedConvolutionsTrainExactlyAsSameDiffsExecutor() {
        CompiledNetwork planned = trainBothWays(CONV, new int[] {16, 16, 5, 16});
        assertThat(planned.plannedSteps(16))
                .contains("tanh_bp (from output)", "im2col (product layout)", "im2col_bp (product layout)")
                .doesNotContain("conv2d", "conv2d_bp", "reshape", "shape_of", "im2col", "im2col_bp");
        assertThat(planned.plannedSteps(5)).contains("tanh_bp").doesNotContain("tanh_bp (from output)");
    }

    @Test
    void plannedInferenceGivesSameDiffsResults() {
        for (NetworkGraph graph : new NetworkGraph[] {NET, CONV}) {
            CompiledNetwork net = trainBothWays(graph, new int[] {8, 8});
            net.setMode(Mode.INFERENCE);
            int[] batches = {7, 7, 3, 7};
            INDArray[] losses = new INDArray[batches.length];
            INDArray[] predictions = new INDArray[batches.length];
            for (int i = 0; i < batches.length; i++) {
                INDArray x = GradientCheck.inputs(net, batches[i], 0).muli(i + 2);
                CompiledNetwork.LossAndPrediction r = net.lossAndPrediction(x, oneHot(net, batches[i], i));
                losses[i] = Nd4j.scalar(r.loss());
                predictions[i] = r.prediction();
            }
            assertThat(net.inferencePlanned()).isTrue();
            net.usePlans(false);
            for (int i = 0; i < batches.length; i++) {
                INDArray x = GradientCheck.inputs(net, batches[i], 0).muli(i + 2);
                CompiledNetwork.LossAndPrediction r = net.lossAndPrediction(x, oneHot(net, batches[i], i));
                assertThat(losses[i].getDouble(0)).as("loss of call %d", i).isEqualTo(r.loss());
                assertThat(predictions[i].data().asDouble()).as("predictions of call %d", i)
                        .containsExactly(r.prediction().dup('c').data().asDouble());
            }
            assertThat(net.inferencePlanned()).isFalse();
        }
    }

    /** Trains a planned and an unplanned copy on the same batches; returns the planned one. */
    private static CompiledNetwork trainBothWays(NetworkGraph graph, int[] batches) {
        CompiledNetwork planned = compile(graph);
        CompiledNetwork reference = compile(graph);
        reference.usePlans(false);
        for (int step = 0; step < batches.length; step++) {
            INDArray x = GradientCheck.inputs(planned, batches[step], 0).muli(step + 1);
            INDArray y = oneHot(planned, batches[step], step);
            double a = planned.fitBatch(x, y);
            double b = reference.fitBatch(x, y);
            assertThat(a).as("loss at step %d", step).isEqualTo(b);
        }
        assertThat(planned.planned()).isTrue();
        assertThat(reference.planned()).isFalse();
        Map<String, float[]> p = planned.parameters();
        reference.parameters().forEach((name, values) -> assertThat(p.get(name)).as(name).containsExactly(values));
        return planned;
    }
}
