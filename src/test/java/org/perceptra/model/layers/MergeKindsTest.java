package org.perceptra.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.model.layers.Fixtures.infer;
import static org.perceptra.model.layers.Fixtures.shape;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perceptra.model.LayerInference;

class MergeKindsTest {
    @ParameterizedTest(name = "{0} {1} along {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind       | inputs                     | params   | output
            # Keras Concatenate(axis=-1) on channels-last is our axis 0 on channels-first
            Concatenate  | 64x28x28 + 32x28x28        | axis=0   | 96x28x28
            Concatenate  | 10 + 20 + 5                |          | 35
            Concatenate  | 10x8 + 10x4                | axis=-1  | 10x12
            Concatenate  | 10x8 + 5x8                 | axis=0   | 15x8
            Concatenate  | 3x4x5 + 3x4x6              | axis=-1  | 3x4x11
            Concatenate  | 3x4x5 + 3x2x5              | axis=1   | 3x6x5
            Add          | 64x56x56 + 64x56x56        |          | 64x56x56
            Add          | 10 + 10 + 10               |          | 10
            """)
    void mergesJoinTheirInputs(String kind, String inputs, String params, String out) {
        LayerInference r = infer(Fixtures.kind(kind), params, inputs);

        assertThat(r.issues()).isEmpty();
        assertThat(r.output()).isEqualTo(shape(out));
        assertThat(r.params()).isZero();
        assertThat(r.macs()).isZero();
    }

    @ParameterizedTest(name = "{0} {1} along {2} fails with {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind       | inputs                | params  | code             | named
            Concatenate  | 64x28x28 + 32x14x14   | axis=0  | concat-mismatch  | [64, 28, 28] and [32, 14, 14]
            Concatenate  | 10 + 2x5              |         | concat-mismatch  | [10] and [2, 5]
            Concatenate  | 10x8 + 10x4           | axis=0  | concat-mismatch  | [10, 8] and [10, 4]
            Concatenate  | 10 + 20               | axis=2  | concat-axis      | [10]
            Concatenate  | 10 + 20               | axis=-2 | concat-axis      | [10]
            Add          | 64x28x28 + 32x28x28   |         | shape-mismatch   | [64, 28, 28] and [32, 28, 28]
            """)
    void mismatchedInputsFailNamingTheShapes(String kind, String inputs, String params, String code, String named) {
        LayerInference r = infer(Fixtures.kind(kind), params, inputs);

        assertThat(r.hasOutput()).isFalse();
        assertThat(r.issues()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.message()).contains(named);
        });
    }
}
