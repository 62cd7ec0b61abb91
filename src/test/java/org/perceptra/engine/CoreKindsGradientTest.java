package org.perceptra.engine;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perceptra.model.layers.StandardLayers;

/**
 * Gradient checks (finite differences and applied SGD steps, see {@link GradientCheck}) for Dense, Activation,
 * Flatten, Reshape, Dropout, Add, Concatenate and every loss of the Output.
 */
class CoreKindsGradientTest {
    @ParameterizedTest
    @ValueSource(strings = {"linear", "relu", "leaky_relu", "elu", "gelu", "swish", "sigmoid", "tanh", "softmax"})
    void denseWithEachActivation(String activation) {
        GradientCheck.verify(TestNet.input(3).dense(4, activation).output(2, "linear", "mse").graph());
    }

    @ParameterizedTest
    @ValueSource(strings = {"leaky_relu", "gelu", "softmax"})
    void activationLayerOnASequence(String activation) {
        GradientCheck.verify(TestNet.input(2, 3)
                .then(StandardLayers.ACTIVATION, Map.of("activation", activation, "negativeSlope", 0.2))
                .then(StandardLayers.FLATTEN, Map.of())
                .output(2, "linear", "mse").graph());
    }

    @Test
    void denseWithoutBiasAndWithPenalties() {
        GradientCheck.verify(TestNet.input(3)
                .then(StandardLayers.DENSE, Map.of("units", 4, "useBias", false, "l1", 0.01, "l2", 0.02))
                .output(3, "softmax", "categorical_crossentropy").graph());
    }

    @Test
    void denseOnEveryStepOfASequenceThenReshapeAndFlatten() {
        GradientCheck.verify(TestNet.input(6)
                .then(StandardLayers.RESHAPE, Map.of("targetShape", List.of(2, -1)))
                .dense(4, "tanh")
                .then(StandardLayers.FLATTEN, Map.of())
                .output(2, "softmax", "categorical_crossentropy").graph());
    }

    @Test
    void dropoutMaskIsSharedByForwardAndBackward() {
        GradientCheck.verify(TestNet.input(4).dense(6, "tanh")
                .then(StandardLayers.DROPOUT, Map.of("rate", 0.4))
                .output(2, "sigmoid", "binary_crossentropy").graph(), 5, 0);
    }

    @Test
    void addJoinsAResidualBranch() {
        TestNet net = TestNet.input(3).dense(3, "tanh");
        String trunk = net.last();
        net.dense(3, "elu").join("add", StandardLayers.ADD, Map.of(), trunk, net.last());
        GradientCheck.verify(net.output(2, "linear", "huber").graph());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void concatenateSequencesAlongEitherAxis(int axis) {
        TestNet net = TestNet.input(2, 3);
        net.dense(2, "tanh");
        String left = net.last();
        net.join("right", StandardLayers.DENSE, Map.of("units", 2, "activation", "sigmoid"), "input");
        net.join("join", StandardLayers.CONCATENATE, Map.of("axis", axis), left, "right")
                .then(StandardLayers.FLATTEN, Map.of());
        GradientCheck.verify(net.output(2, "softmax", "categorical_crossentropy").graph());
    }

    @ParameterizedTest
    @CsvSource({"linear, mse", "linear, mae", "linear, huber", "tanh, mse",
            "sigmoid, binary_crossentropy", "softmax, binary_crossentropy", "softmax, categorical_crossentropy",
            "softmax, focal", "sigmoid, focal"})
    void everyLoss(String activation, String loss) {
        GradientCheck.verify(TestNet.input(3).dense(4, "tanh").output(3, activation, loss).graph(), 4, 0);
    }

    @Test
    void focalWithGammaZeroAndSequenceOutput() {
        GradientCheck.verify(TestNet.input(2, 3).then("output", StandardLayers.OUTPUT,
                Map.of("units", 3, "activation", "softmax", "loss", "focal", "focalGamma", 0.0)).graph());
    }
}
