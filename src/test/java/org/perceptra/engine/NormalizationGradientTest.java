package org.perceptra.engine;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.model.layers.StandardLayers;

/** Gradient checks for BatchNorm (training path: through the batch statistics) and LayerNorm. */
class NormalizationGradientTest {
    @Test
    void batchNormOnVectors() {
        GradientCheck.verify(TestNet.input(3).dense(4, "linear")
                .then(StandardLayers.BATCH_NORM, Map.of())
                .then(StandardLayers.ACTIVATION, Map.of("activation", "relu"))
                .output(2, "softmax", "categorical_crossentropy").graph(), 5, 0);
    }

    @Test
    void batchNormOnImagesNormalisesEachChannel() {
        GradientCheck.verify(TestNet.input(1, 4, 4)
                .then(StandardLayers.CONV2D, Map.of("filters", 2, "kernelSize", 2, "activation", "linear"))
                .then(StandardLayers.BATCH_NORM, Map.of("epsilon", 0.01))
                .then(StandardLayers.FLATTEN, Map.of())
                .output(2, "sigmoid", "binary_crossentropy").graph(), 3, 0);
    }

    @Test
    void batchNormOnSequences() {
        GradientCheck.verify(TestNet.input(3, 2).dense(3, "tanh")
                .then(StandardLayers.BATCH_NORM, Map.of())
                .then(StandardLayers.FLATTEN, Map.of())
                .output(2, "linear", "mse").graph(), 3, 0);
    }

    @Test
    void layerNormOnVectorsAndSequences() {
        GradientCheck.verify(TestNet.input(4).dense(5, "linear")
                .then(StandardLayers.LAYER_NORM, Map.of())
                .output(2, "softmax", "categorical_crossentropy").graph());
        GradientCheck.verify(TestNet.input(3, 4)
                .then(StandardLayers.LAYER_NORM, Map.of("epsilon", 0.001))
                .dense(2, "tanh")
                .then(StandardLayers.FLATTEN, Map.of())
                .output(2, "linear", "mse").graph());
    }
}
