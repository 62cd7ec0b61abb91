package org.perceptra.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.model.layers.Fixtures.infer;
import static org.perceptra.model.layers.Fixtures.shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perceptra.model.LayerInference;
import org.perceptra.model.LayerKind;

class RecurrentKindsTest {
    /* Parameter counts are Keras's; PyTorch reports u more for SimpleRNN (second bias) and 4u more for LSTM.
       Multiply-adds: t * gates * (f*u + u*u). */
    @ParameterizedTest(name = "{0}({2}) on {1} -> {3}, {4} params")
    @CsvSource(delimiter = '|', textBlock = """
            # kind     | input    | params                             | output    | params  | macs
            # Keras Embedding(10000, 128) -> 1,280,000; a lookup has no multiply-adds
            Embedding  | 200      | vocabSize=10000; embeddingDim=128  | 200x128   | 1280000 | 0
            # Keras transformer example: Embedding(20000, 32) -> 640,000
            Embedding  | 200      | vocabSize=20000                    | 200x32    | 640000  | 0
            # Keras SimpleRNN(16) on 8 features: 8*16 + 16*16 + 16 = 400 (PyTorch RNN: 416)
            SimpleRNN  | 10x8     | units=16                           | 16        | 400     | 3840
            SimpleRNN  | 10x8     | units=16; returnSequences=true     | 10x16     | 400     | 3840
            # Keras LSTM(64) on 128 features: 4 * (128*64 + 64*64 + 64) = 49,408 (PyTorch LSTM: 49,664)
            LSTM       | 200x128  | units=64                           | 64        | 49408   | 9830400
            LSTM       | 10x8     | units=16                           | 16        | 1600    | 15360
            LSTM       | 10x8     | units=16; useBias=false            | 16        | 1536    | 15360
            LSTM       | 10x8     | units=16; returnSequences=true     | 10x16     | 1600    | 15360
            # Keras GRU(64) (reset_after=True) on 128 features: 3 * (128*64 + 64*64 + 2*64) = 37,248, as PyTorch GRU
            GRU        | 200x128  | units=64                           | 64        | 37248   | 7372800
            GRU        | 10x8     | units=16                           | 16        | 1248    | 11520
            GRU        | 10x8     | units=16; useBias=false            | 16        | 1152    | 11520
            """)
    void recurrentCountsFollowKeras(String kind, String in, String params, String out, long weights, long macs) {
        LayerInference r = infer(Fixtures.kind(kind), params, in);

        assertThat(r.issues()).isEmpty();
        assertThat(r.output()).isEqualTo(shape(out));
        assertThat(r.params()).isEqualTo(weights);
        assertThat(r.macs()).isEqualTo(macs);
    }

    @ParameterizedTest(name = "{0} on {1} needs a sequence")
    @CsvSource({"SimpleRNN, 100, '[100]', '[100, 1]'",
            "LSTM, 1x28x28, 'an image [1, 28, 28]', '[28, 28]'",
            "GRU, 5, '[5]', '[5, 1]'"})
    void recurrentLayersRefuseNonSequencesNamingTheShape(String kind, String in, String named, String suggested) {
        LayerInference r = infer(Fixtures.kind(kind), "", in);

        assertThat(r.hasOutput()).isFalse();
        assertThat(r.issues()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("needs-sequence");
            assertThat(d.message()).contains(named).contains("[time steps, features]");
            assertThat(d.fix()).contains(suggested).contains("Embedding");
        });
    }

    @Test
    void embeddingNeedsAListOfTokenIds() {
        LayerInference r = infer(StandardLayers.EMBEDDING, "", "10x8");

        assertThat(r.issues()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("needs-tokens");
            assertThat(d.message()).contains("[10, 8]").contains("token ids");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SimpleRNN | units=16                       | 16, tanh",
            "LSTM      | units=64; returnSequences=true | 64, sequences",
            "GRU       |                                | 32",
            "Embedding | vocabSize=10000                | 10000 -> 32"})
    void summariesShowUnits(String kind, String params, String summary) {
        LayerKind k = Fixtures.kind(kind);

        assertThat(k.summary(k.defaults(Fixtures.params(params)))).isEqualTo(summary);
    }
}
