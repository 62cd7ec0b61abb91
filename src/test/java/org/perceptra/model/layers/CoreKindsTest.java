package org.perceptra.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.model.layers.Fixtures.infer;
import static org.perceptra.model.layers.Fixtures.shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perceptra.model.LayerInference;
import org.perceptra.model.LayerKind;

class CoreKindsTest {
    @ParameterizedTest(name = "{0}({2}) on {1} -> {3}, {4} params")
    @CsvSource(delimiter = '|', textBlock = """
            # kind     | input     | params                    | output    | params | macs
            # Keras MNIST MLP: Dense(512) on 784 -> 401,920; Dense(10) on 512 -> 5,130
            Dense      | 784       | units=512                 | 512       | 401920 | 401408
            Dense      | 512       | units=10                  | 10        | 5130   | 5120
            Dense      | 512       | units=10; useBias=false   | 10        | 5120   | 5120
            # Keras Dense on a sequence applies to every step: Dense(16) on (10, 8) -> 144 params, 10 * 8 * 16 MACs
            Dense      | 10x8      | units=16                  | 10x16     | 144    | 1280
            # Keras Activation, Dropout, Flatten: 0 params
            Activation | 10x8      | activation=softmax        | 10x8      | 0      | 0
            Activation | 6x28x28   |                           | 6x28x28   | 0      | 0
            Dropout    | 512       | rate=0.2                  | 512       | 0      | 0
            Dropout    | 3x32x32   |                           | 3x32x32   | 0      | 0
            Flatten    | 16x5x5    |                           | 400       | 0      | 0
            Flatten    | 10x8      |                           | 80        | 0      | 0
            Reshape    | 784       | targetShape=[1, 28, 28]   | 1x28x28   | 0      | 0
            Reshape    | 1x28x28   | targetShape=[-1]          | 784       | 0      | 0
            Reshape    | 2x3x4     | targetShape=[-1, 4]       | 6x4       | 0      | 0
            Reshape    | 12        | targetShape=[3, -1]       | 3x4       | 0      | 0
            Reshape    | 6         | targetShape=[2, 3]        | 2x3       | 0      | 0
            Input      | 1         | shape=[1, 28, 28]         | 1x28x28   | 0      | 0
            """)
    void coreKindsGiveKerasShapesAndCounts(String kind, String in, String params, String out, long weights, long macs) {
        LayerKind k = Fixtures.kind(kind);
        LayerInference r = kind.equals("Input") ? k.infer(java.util.List.of(), k.defaults(Fixtures.params(params)))
                : infer(k, params, in);

        assertThat(r.issues()).isEmpty();
        assertThat(r.output()).isEqualTo(shape(out));
        assertThat(r.params()).isEqualTo(weights);
        assertThat(r.macs()).isEqualTo(macs);
    }

    @Test
    void reshapeToTheWrongSizeNamesBothSizes() {
        LayerInference r = infer(StandardLayers.RESHAPE, "targetShape=[1, 28, 27]", "784");

        assertThat(r.hasOutput()).isFalse();
        assertThat(r.issues()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("reshape-size");
            assertThat(d.message()).isEqualTo("Reshape to [1, 28, 27] needs 756 values, but its input [784] has 784.");
            assertThat(d.fix()).contains("784").contains("-1");
        });
    }

    @Test
    void reshapeWithMinusOneNeedsAWholeMultiple() {
        LayerInference r = infer(StandardLayers.RESHAPE, "targetShape=[-1, 3]", "2x5");

        assertThat(r.issues()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("reshape-size");
            assertThat(d.message()).contains("[-1, 3]").contains("a multiple of 3").contains("[2, 5]").contains("10");
        });
    }

    @Test
    void denseOnAnImageAsksForFlatten() {
        LayerInference r = infer(StandardLayers.DENSE, "", "1x28x28");

        assertThat(r.issues()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("needs-flatten");
            assertThat(d.message()).contains("[1, 28, 28]");
        });
    }

    @Test
    void flattenRefusesMoreValuesThanAnIntHolds() {
        LayerInference r = infer(StandardLayers.FLATTEN, "", "100000x100000x1");

        assertThat(r.issues()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("too-large");
            assertThat(d.message()).contains("[100000, 100000, 1]");
        });
    }

    @Test
    void dropoutRateStopsBelowOne() {
        assertThat(StandardLayers.DROPOUT.param("rate").orElseThrow().check(1.0)).isPresent();
        assertThat(StandardLayers.DROPOUT.param("rate").orElseThrow().check(0.0)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dense      | units=64; activation=tanh | 64, tanh",
            "Activation | activation=softmax        | softmax",
            "Dropout    | rate=0.25                 | 0.25",
            "Reshape    | targetShape=[1, 28, 28]   | [1, 28, 28]"})
    void summariesShowTheKeySettings(String kind, String params, String summary) {
        LayerKind k = Fixtures.kind(kind);

        assertThat(k.summary(k.defaults(Fixtures.params(params)))).isEqualTo(summary);
    }
}
