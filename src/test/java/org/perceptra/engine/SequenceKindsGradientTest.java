package org.perceptra.engine;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.perceptra.model.LayerKind;
import org.perceptra.model.layers.StandardLayers;

/** Gradient checks for Embedding, the recurrent layers, positional encodings and self-attention. */
class SequenceKindsGradientTest {
    @ParameterizedTest(name = "{0}, return sequences {1}, bias {2}")
    @CsvSource({"SimpleRNN, false, true", "SimpleRNN, true, false", "LSTM, false, true", "LSTM, true, true",
            "LSTM, false, false", "GRU, false, true", "GRU, true, true", "GRU, false, false"})
    void recurrent(String kind, boolean sequences, boolean bias) {
        LayerKind k = switch (kind) {
            case "SimpleRNN" -> StandardLayers.SIMPLE_RNN;
            case "LSTM" -> StandardLayers.LSTM;
            default -> StandardLayers.GRU;
        };
        TestNet net = TestNet.input(3, 2)
                .then(k, Map.of("units", 3, "returnSequences", sequences, "useBias", bias, "l2", 0.01));
        if (sequences) {
            net.then(StandardLayers.FLATTEN, Map.of());
        }
        GradientCheck.verify(net.output(2, "softmax", "categorical_crossentropy").graph());
    }

    @Test
    void stackedRecurrentLayersWithReluSimpleRnn() {
        GradientCheck.verify(TestNet.input(4, 2)
                .then(StandardLayers.SIMPLE_RNN, Map.of("units", 3, "returnSequences", true, "activation", "relu"))
                .then(StandardLayers.GRU, Map.of("units", 2))
                .output(1, "linear", "mse").graph());
    }

    @Test
    void embeddingLooksUpRowsOfItsTable() {
        GradientCheck.verify(TestNet.input(4)
                .then(StandardLayers.EMBEDDING, Map.of("vocabSize", 6, "embeddingDim", 3))
                .then(StandardLayers.LSTM, Map.of("units", 2))
                .output(2, "softmax", "categorical_crossentropy").graph(), 3, 6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinusoidal", "learned"})
    void positionalEncoding(String type) {
        GradientCheck.verify(TestNet.input(3, 4)
                .then(StandardLayers.POSITIONAL_ENCODING, Map.of("type", type))
                .dense(2, "tanh")
                .then(StandardLayers.FLATTEN, Map.of())
                .output(2, "linear", "mse").graph());
    }

    @ParameterizedTest
    @CsvSource({"1, 3, 0.0", "2, 2, 0.0", "2, 3, 0.3"})
    void multiHeadSelfAttention(int heads, int keySize, double dropout) {
        TestNet net = TestNet.input(3, 4)
                .then(StandardLayers.MULTI_HEAD_SELF_ATTENTION, Map.of("heads", heads, "keySize", keySize,
                        "dropout", dropout));
        String attention = net.last();
        net.join("residual", StandardLayers.ADD, Map.of(), "input", attention)
                .then(StandardLayers.LAYER_NORM, Map.of())
                .then(StandardLayers.FLATTEN, Map.of());
        GradientCheck.verify(net.output(2, "softmax", "categorical_crossentropy").graph());
    }
}
