package org.perceptra.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.model.layers.Fixtures.infer;
import static org.perceptra.model.layers.Fixtures.shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.LayerInference;
import org.perceptra.model.LayerKind;
import org.perceptra.model.Severity;

class ConvolutionKindsTest {
    /* Parameter counts are what Keras's model.summary() and PyTorch's sum(p.numel()) report; multiply-adds are
       k*k*c*filters*oh*ow, the thop/fvcore convention (no bias adds). */
    @ParameterizedTest(name = "Conv2D({1}) on {0} -> {2}, {3} params")
    @CsvSource(delimiter = '|', textBlock = """
            # input    | params                                            | output     | params | macs
            # Keras LeNet-5: Conv2D(6, 5, padding='same') on 28x28x1 -> 156 params
            1x28x28    | filters=6; kernelSize=5; padding=same             | 6x28x28    | 156    | 117600
            # Keras LeNet-5: Conv2D(16, 5) on 14x14x6 -> 2,416 params
            6x14x14    | filters=16; kernelSize=5                          | 16x10x10   | 2416   | 240000
            # TensorFlow CIFAR-10 CNN tutorial: Conv2D(32, 3) on 32x32x3 -> 896, then Conv2D(64, 3) on 15x15x32 -> 18,496
            3x32x32    | filters=32                                        | 32x30x30   | 896    | 777600
            32x15x15   | filters=64                                        | 64x13x13   | 18496  | 3115008
            # torchvision resnet18.conv1: Conv2d(3, 64, 7, stride 2, padding 3, bias=False) -> 9,408 params, 118.01M MACs
            3x224x224  | filters=64; kernelSize=7; stride=2; padding=same; useBias=false | 64x112x112 | 9408 | 118013952
            # torchvision resnet18 downsample: Conv2d(64, 128, 1, stride 2, bias=False) -> 8,192 params
            64x56x56   | filters=128; kernelSize=1; stride=2; useBias=false | 128x28x28 | 8192   | 6422528
            # dilation 2 spreads a 3x3 kernel over 5x5: (10 - 5) / 1 + 1 = 6
            1x10x10    | filters=1; dilation=2                             | 1x6x6      | 10     | 324
            # odd sizes: valid floor((7 - 3) / 2) + 1 = 3, same ceil(7 / 2) = 4
            1x7x7      | filters=4; stride=2                               | 4x3x3      | 40     | 324
            1x7x7      | filters=4; stride=2; padding=same                 | 4x4x4      | 40     | 576
            # height and width are handled separately
            3x20x10    | filters=8                                         | 8x18x8     | 224    | 31104
            """)
    void conv2dMatchesKerasAndPyTorch(String in, String params, String out, long weights, long macs) {
        LayerInference r = infer(StandardLayers.CONV2D, params, in);

        assertThat(r.issues()).isEmpty();
        assertThat(r.output()).isEqualTo(shape(out));
        assertThat(r.params()).isEqualTo(weights);
        assertThat(r.nonTrainableParams()).isZero();
        assertThat(r.macs()).isEqualTo(macs);
    }

    @ParameterizedTest(name = "{0}({2}) on {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            MaxPool2D | 6x28x28   |                                      | 6x14x14
            AvgPool2D | 16x10x10  |                                      | 16x5x5
            # torchvision resnet18.maxpool: MaxPool2d(3, stride 2, padding 1) on 112x112 -> 56x56
            MaxPool2D | 64x112x112 | poolSize=3; stride=2; padding=same  | 64x56x56
            # Keras: valid drops the last odd row and column, same keeps them
            MaxPool2D | 1x5x5     |                                      | 1x2x2
            AvgPool2D | 1x5x5     | padding=same                         | 1x3x3
            MaxPool2D | 3x32x32   | poolSize=3; stride=1                 | 3x30x30
            AvgPool2D | 8x7x7     | poolSize=7                           | 8x1x1
            AvgPool2D | 2x9x12    | poolSize=3                           | 2x3x4
            """)
    void poolingShrinksEachChannelWithoutWeights(String kind, String in, String params, String out) {
        LayerInference r = infer(Fixtures.kind(kind), params, in);

        assertThat(r.issues()).isEmpty();
        assertThat(r.output()).isEqualTo(shape(out));
        assertThat(r.params()).isZero();
        assertThat(r.macs()).isZero();
    }

    @Test
    void poolStrideZeroMeansSameAsPoolSize() {
        LayerKind pool = StandardLayers.MAX_POOL2D;

        assertThat(infer(pool, "poolSize=3", "1x9x9").output()).isEqualTo(shape("1x3x3"));
        assertThat(infer(pool, "poolSize=3; stride=3", "1x9x9").output()).isEqualTo(shape("1x3x3"));
        assertThat(pool.summary(pool.defaults())).isEqualTo("2x2");
    }

    @Test
    void globalAveragePoolKeepsOneValuePerChannel() {
        // Keras GlobalAveragePooling2D on 7x7x512 -> 512, 0 params
        LayerInference r = infer(StandardLayers.GLOBAL_AVERAGE_POOL2D, "", "512x7x7");

        assertThat(r.output()).isEqualTo(shape("512"));
        assertThat(r.params()).isZero();
        assertThat(r.macs()).isZero();
    }

    @ParameterizedTest(name = "{0} on {1} needs an image")
    @CsvSource({"Conv2D, 784, '[784]', '[1, 28, 28]'",
            "MaxPool2D, 10x8, '[10, 8]', '[1, 10, 8]'",
            "AvgPool2D, 30, '[30]', ''",
            "GlobalAveragePool2D, 10x8, '[10, 8]', '[1, 10, 8]'"})
    void imageLayersRefuseVectorsAndSequencesNamingTheShape(String kind, String in, String named, String suggested) {
        LayerInference r = infer(Fixtures.kind(kind), "", in);

        assertThat(r.hasOutput()).isFalse();
        Diagnostic d = r.issues().get(0);
        assertThat(d.code()).isEqualTo("needs-image");
        assertThat(d.message()).contains(named).contains("[channels, height, width]");
        assertThat(d.fix()).contains("Reshape").contains(suggested);
    }

    @Test
    void validKernelLargerThanImageFails() {
        LayerInference r = infer(StandardLayers.CONV2D, "kernelSize=5", "16x3x3");

        assertThat(r.hasOutput()).isFalse();
        assertThat(r.issues()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("kernel-too-large");
            assertThat(d.message()).isEqualTo("The 5x5 kernel is larger than the 3x3 image [16, 3, 3] it slides over.");
            assertThat(d.fix()).contains("smaller kernel").contains("'same'");
        });
    }

    @Test
    void dilatedKernelTooLargeNamesItsSpread() {
        LayerInference r = infer(StandardLayers.CONV2D, "dilation=2", "1x4x4");

        assertThat(r.issues()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("kernel-too-large");
            assertThat(d.message()).contains("3x3 kernel").contains("5x5").contains("[1, 4, 4]");
        });
    }

    @Test
    void sameKernelLargerThanImageOnlyWarns() {
        LayerInference r = infer(StandardLayers.CONV2D, "filters=8; kernelSize=5; padding=same", "16x3x3");

        assertThat(r.output()).isEqualTo(shape("8x3x3"));
        assertThat(r.params()).isEqualTo(5 * 5 * 16 * 8 + 8);
        assertThat(r.issues()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo("kernel-too-large");
            assertThat(d.message()).contains("5x5").contains("[16, 3, 3]");
            assertThat(d.fix()).contains("smaller kernel").doesNotContain("'same'");
        });
    }

    @Test
    void poolLargerThanImageFailsWithValidAndWarnsWithSame() {
        LayerInference valid = infer(StandardLayers.MAX_POOL2D, "poolSize=4", "8x3x3");
        LayerInference same = infer(StandardLayers.AVG_POOL2D, "poolSize=4; padding=same", "8x3x3");

        assertThat(valid.hasOutput()).isFalse();
        assertThat(valid.issues()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("pool-too-large");
            assertThat(d.message()).isEqualTo("The 4x4 pooling window is larger than the 3x3 image [8, 3, 3] it slides over.");
        });
        assertThat(same.output()).isEqualTo(shape("8x1x1"));
        assertThat(same.issues()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo("pool-too-large");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "                                                  | 32, 3x3, relu",
            "filters=6; kernelSize=5; padding=same; activation=tanh | 6, 5x5, same, tanh",
            "filters=64; kernelSize=7; stride=2                | 64, 7x7 /2, relu"})
    void conv2dSummaryShowsFiltersKernelAndActivation(String params, String summary) {
        LayerKind conv = StandardLayers.CONV2D;

        assertThat(conv.summary(conv.defaults(Fixtures.params(params)))).isEqualTo(summary);
    }

    @Test
    void namePrefixesReadWell() {
        assertThat(StandardLayers.CONV2D.namePrefix()).isEqualTo("conv2d");
        assertThat(StandardLayers.MAX_POOL2D.namePrefix()).isEqualTo("max_pool2d");
        assertThat(StandardLayers.AVG_POOL2D.namePrefix()).isEqualTo("avg_pool2d");
        assertThat(StandardLayers.GLOBAL_AVERAGE_POOL2D.namePrefix()).isEqualTo("global_avg_pool");
    }
}
