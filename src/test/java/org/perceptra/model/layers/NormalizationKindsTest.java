package org.perceptra.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.model.layers.Fixtures.infer;
import static org.perceptra.model.layers.Fixtures.shape;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perceptra.model.LayerInference;

class NormalizationKindsTest {
    @ParameterizedTest(name = "{0} on {1}: {2} trainable, {3} not")
    @CsvSource(delimiter = '|', textBlock = """
            # kind      | input     | trainable | non-trainable
            # PyTorch BatchNorm2d(64): 128 parameters + 128 running-statistics buffers;
            # Keras BatchNormalization on 56x56x64: 256 total, 128 of them non-trainable
            BatchNorm   | 64x56x56  | 128       | 128
            # Keras BatchNormalization on a vector of 100 (axis=-1): 400 total, 200 non-trainable
            BatchNorm   | 100       | 200       | 200
            # Keras BatchNormalization on (10, 32) normalises the last axis: 128 total
            BatchNorm   | 10x32     | 64        | 64
            # PyTorch LayerNorm(64) and Keras LayerNormalization on (10, 64): 128
            LayerNorm   | 10x64     | 128       | 0
            LayerNorm   | 32        | 64        | 0
            # on an image the last axis is the width, as PyTorch LayerNorm(28)
            LayerNorm   | 3x28x28   | 56        | 0
            """)
    void normalisationCountsScaleShiftAndStatistics(String kind, String in, long trainable, long nonTrainable) {
        LayerInference r = infer(Fixtures.kind(kind), "", in);

        assertThat(r.issues()).isEmpty();
        assertThat(r.output()).isEqualTo(shape(in));
        assertThat(r.params()).isEqualTo(trainable);
        assertThat(r.nonTrainableParams()).isEqualTo(nonTrainable);
        assertThat(r.macs()).isZero();
    }
}
