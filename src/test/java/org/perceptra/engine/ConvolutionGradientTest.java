package org.perceptra.engine;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perceptra.model.layers.StandardLayers;

/** Gradient checks for Conv2D (padding, stride, dilation) and the pooling layers, on tiny images. */
class ConvolutionGradientTest {
    @ParameterizedTest(name = "kernel {0}, stride {1}, dilation {2}, {3}")
    @CsvSource({"3, 1, 1, valid", "3, 1, 1, same", "2, 2, 1, same", "3, 2, 1, valid", "2, 1, 2, valid",
            "3, 1, 2, same", "3, 2, 1, same"})
    void conv2d(int kernel, int stride, int dilation, String padding) {
        GradientCheck.verify(TestNet.input(2, 5, 6)
                .then(StandardLayers.CONV2D, Map.of("filters", 3, "kernelSize", kernel, "stride", stride,
                        "dilation", dilation, "padding", padding, "activation", "tanh", "l2", 0.01))
                .then(StandardLayers.FLATTEN, Map.of())
                .output(2, "softmax", "categorical_crossentropy").graph(), 2, 0);
    }

    @Test
    void conv2dWithoutBias() {
        GradientCheck.verify(TestNet.input(1, 4, 4)
                .then(StandardLayers.CONV2D, Map.of("filters", 2, "kernelSize", 2, "useBias", false))
                .then(StandardLayers.GLOBAL_AVERAGE_POOL2D, Map.of())
                .output(2, "linear", "mse").graph(), 2, 0);
    }

    @ParameterizedTest(name = "{0} pool {1}, stride {2}, {3}")
    @CsvSource({"MaxPool2D, 2, 0, valid", "MaxPool2D, 3, 2, same", "MaxPool2D, 2, 1, valid",
            "AvgPool2D, 2, 0, valid", "AvgPool2D, 3, 2, same", "AvgPool2D, 2, 1, same"})
    void pooling(String kind, int pool, int stride, String padding) {
        GradientCheck.verify(TestNet.input(1, 5, 5)
                .then(StandardLayers.CONV2D, Map.of("filters", 2, "kernelSize", 2, "activation", "linear"))
                .then(kind.equals("MaxPool2D") ? StandardLayers.MAX_POOL2D : StandardLayers.AVG_POOL2D,
                        Map.of("poolSize", pool, "stride", stride, "padding", padding))
                .then(StandardLayers.FLATTEN, Map.of())
                .output(2, "softmax", "categorical_crossentropy").graph(), 2, 0);
    }

    @Test
    void globalAveragePool() {
        GradientCheck.verify(TestNet.input(2, 3, 3)
                .then(StandardLayers.CONV2D, Map.of("filters", 3, "kernelSize", 2, "activation", "relu"))
                .then(StandardLayers.GLOBAL_AVERAGE_POOL2D, Map.of())
                .output(3, "softmax", "categorical_crossentropy").graph());
    }
}
