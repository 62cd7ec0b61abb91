package org.perceptra.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.model.layers.Fixtures.infer;
import static org.perceptra.model.layers.Fixtures.shape;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perceptra.model.LayerInference;
import org.perceptra.model.LayerKind;

class AttentionKindsTest {
    @ParameterizedTest(name = "{0}({2}) on {1}: {3} params")
    @CsvSource(delimiter = '|', textBlock = """
            # kind                  | input   | params                 | params | macs
            # Keras text-classification transformer: MultiHeadAttention(num_heads=2, key_dim=32) on (200, 32)
            # 3 * (32*64 + 64) + (64*32 + 32) = 8,416
            MultiHeadSelfAttention  | 200x32  | heads=2; keySize=32    | 8416   | 6758400
            # PyTorch nn.MultiheadAttention(64, 4 heads): in_proj 3*64*64 + 192, out_proj 64*64 + 64 = 16,640
            MultiHeadSelfAttention  | 10x64   | heads=4; keySize=16    | 16640  | 176640
            # one step: projections 3*8*8 + scores and weighted sum 2*1*1*8 + output 8*8 = 272 MACs
            MultiHeadSelfAttention  | 1x8     | heads=1; keySize=8     | 288    | 272
            # Keras example's PositionEmbedding(200, 32) -> 6,400; fixed sine waves have no weights
            PositionalEncoding      | 200x32  | type=learned           | 6400   | 0
            PositionalEncoding      | 200x32  |                        | 0      | 0
            """)
    void attentionKeepsTheSequenceShape(String kind, String in, String params, long weights, long macs) {
        LayerInference r = infer(Fixtures.kind(kind), params, in);

        assertThat(r.issues()).isEmpty();
        assertThat(r.output()).isEqualTo(shape(in));
        assertThat(r.params()).isEqualTo(weights);
        assertThat(r.macs()).isEqualTo(macs);
    }

    @ParameterizedTest(name = "{0} on {1} needs a sequence")
    @CsvSource({"MultiHeadSelfAttention, 64, '[64]'", "PositionalEncoding, 3x4x4, '[3, 4, 4]'"})
    void attentionRefusesNonSequences(String kind, String in, String named) {
        LayerInference r = infer(Fixtures.kind(kind), "", in);

        assertThat(r.issues()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("needs-sequence");
            assertThat(d.message()).contains(named);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MultiHeadSelfAttention | heads=4; keySize=16 | 4 heads x 16",
            "MultiHeadSelfAttention | heads=1             | 1 head x 16",
            "PositionalEncoding     | type=learned        | learned"})
    void summariesShowHeads(String kind, String params, String summary) {
        LayerKind k = Fixtures.kind(kind);

        assertThat(k.summary(k.defaults(Fixtures.params(params)))).isEqualTo(summary);
    }
}
