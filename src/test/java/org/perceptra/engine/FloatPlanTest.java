package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/**
 * In 32-bit, plans run tanh and the average pooling around it as Java passes ({@link FloatTanh},
 * {@link TanhPoolFusion}, with the bias gradient and the permute to the product layout) that round differently from libnd4j: training through them stays within float
 * rounding of SameDiff's executor, step after step.
 */
class FloatPlanTest {
    /** tanh outputs of 16 x 16 x 16 and 16 x 8 x 8 per image: large enough for the Java passes in batches of 16. */
    private static final NetworkGraph LENET_LIKE = TestNet.input(1, 16, 16)
            .then(StandardLayers.CONV2D, Map.of("filters", 16, "kernelSize", 3, "padding", "same",
                    "activation", "tanh"))
            .then(StandardLayers.AVG_POOL2D, Map.of("poolSize", 2))
            .then(StandardLayers.CONV2D, Map.of("filters", 16, "kernelSize", 3, "padding", "same",
                    "activation", "tanh"))
            .then(StandardLayers.AVG_POOL2D, Map.of("poolSize", 4))
            .then(StandardLayers.FLATTEN, Map.of())
            .output(3, "softmax", "categorical_crossentropy").graph();

    private static CompiledNetwork compile() {
        TrainingSettings adam = TrainingSettings.defaults().withOptimizer(TrainingSettings.Optimizer.ADAM)
                .withLearningRate(0.01).withSeed(3);
        return GraphCompiler.compile(LENET_LIKE, adam, Precision.FLOAT32);
    }

    private static INDArray oneHot(CompiledNetwork net, int batch, int shift) {
        float[] y = new float[batch * 3];
        for (int i = 0; i < batch; i++) {
            y[i * 3 + (i * 2 + shift) % 3] = 1;
        }
        return net.batchOf(y, net.outputShape(), batch, "labels");
    }

    @Test
    void javaPassesTrainAsSameDiffsExecutorWithinFloatRounding() {
        CompiledNetwork planned = compile();
        CompiledNetwork reference = compile();
        reference.usePlans(false);
        int[] batches = {16, 16, 5, 16, 16};
        for (int step = 0; step < batches.length; step++) {
            INDArray x = GradientCheck.inputs(planned, batches[step], 0).muli(step + 1);
            INDArray y = oneHot(planned, batches[step], step);
            double a = planned.fitBatch(x, y);
            double b = reference.fitBatch(x, y);
            assertThat(a).as("loss at step %d", step).isCloseTo(b, within(1e-5 * Math.abs(b)));
        }
        assertThat(planned.plannedSteps(16)).contains("tanh + avgpool2d (Java, float)",
                "avgpool2d_bp + tanh_bp + biasadd_bp + permute (Java, float)")
                .doesNotContain("avgpool2d", "avgpool2d_bp", "tanh", "biasadd_bp");
        assertThat(planned.plannedSteps(5)).contains("tanh", "avgpool2d", "avgpool2d_bp");
        Map<String, float[]> p = planned.parameters();
        reference.parameters().forEach((name, values) -> {
            float[] mine = p.get(name);
            for (int i = 0; i < values.length; i++) {
                assertThat(mine[i]).as("%s[%d]", name, i).isCloseTo(values[i], within(1e-5f));
            }
        });
    }
}
