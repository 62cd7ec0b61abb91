package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/**
 * In 32-bit, convolutions run on oneDNN (ND4J's conv2d and conv2d_bp) and the input layer's weight gradient is
 * a convolution ({@link WeightGradientFusion}); in 64-bit they are still im2col and matrix products on plain
 * libnd4j. Trained side by side from the same weights on the same batches, the two stay within float rounding
 * of each other, step after step: an independent check of both oneDNN's kernels and the fused gradient (in
 * batches of 16 it reads the kernel layout the tanh and pooling gradient writes; in batches of 5, too small for
 * those Java passes, it permutes the gradient itself).
 */
class OneDnnConvolutionTest {
    private static NetworkGraph network(int channels) {
        return TestNet.input(channels, 16, 16)
                .then(StandardLayers.CONV2D, Map.of("filters", 6, "kernelSize", 5, "padding", "same",
                        "activation", "tanh"))
                .then(StandardLayers.AVG_POOL2D, Map.of("poolSize", 2))
                .then(StandardLayers.CONV2D, Map.of("filters", 4, "kernelSize", 3, "activation", "relu"))
                .then(StandardLayers.FLATTEN, Map.of())
                .output(3, "softmax", "categorical_crossentropy").graph();
    }

    private static CompiledNetwork compile(NetworkGraph graph, Precision precision) {
        TrainingSettings sgd = TrainingSettings.defaults().withOptimizer(TrainingSettings.Optimizer.SGD)
                .withLearningRate(0.1).withSeed(5);
        return GraphCompiler.compile(graph, sgd, precision);
    }

    private static INDArray oneHot(CompiledNetwork net, int batch, int shift) {
        float[] y = new float[batch * 3];
        for (int i = 0; i < batch; i++) {
            y[i * 3 + (i + shift) % 3] = 1;
        }
        return net.batchOf(y, net.outputShape(), batch, "labels");
    }

    @ParameterizedTest(name = "{0} input channel(s)")
    @ValueSource(ints = {1, 3})
    void floatOnOneDnnTrainsAsDoubleOnProducts(int channels) {
        assumeThat(OneDnn.convolves(DataType.FLOAT)).as("ND4J built with oneDNN").isTrue();
        NetworkGraph graph = network(channels);
        CompiledNetwork floats = compile(graph, Precision.FLOAT32);
        CompiledNetwork doubles = compile(graph, Precision.FLOAT64);
        int[] batches = {16, 16, 5, 16, 16};
        for (int step = 0; step < batches.length; step++) {
            int n = batches[step];
            double a = floats.fitBatch(GradientCheck.inputs(floats, n, 0).muli(step + 1), oneHot(floats, n, step));
            double b = doubles.fitBatch(GradientCheck.inputs(doubles, n, 0).muli(step + 1), oneHot(doubles, n, step));
            assertThat(a).as("loss at step %d", step).isCloseTo(b, within(2e-5 * Math.max(1, Math.abs(b))));
        }
        assertThat(floats.plannedSteps(16)).contains("conv2d", "conv2d_bp",
                "avgpool2d_bp + tanh_bp + biasadd_bp + permute (Java, float)",
                "conv2d_bp, weights only (as a convolution, from the kernel layout)")
                .doesNotContain("im2col (product layout)");
        assertThat(floats.plannedSteps(5)).contains("conv2d_bp, weights only (as a convolution)");
        assertThat(doubles.plannedSteps(16)).contains("im2col (product layout)").doesNotContain("conv2d");
        Map<String, float[]> mine = floats.parameters();
        doubles.parameters().forEach((name, expected) -> {
            float[] actual = mine.get(name);
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i]).as("%s[%d]", name, i).isCloseTo(expected[i], within(2e-5f));
            }
        });
    }
}
