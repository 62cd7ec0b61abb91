package org.perceptra.model.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.model.layers.Fixtures.p;
import static org.perceptra.model.layers.Net.node;
import static org.perceptra.model.layers.StandardLayers.ACTIVATION;
import static org.perceptra.model.layers.StandardLayers.ADD;
import static org.perceptra.model.layers.StandardLayers.AVG_POOL2D;
import static org.perceptra.model.layers.StandardLayers.BATCH_NORM;
import static org.perceptra.model.layers.StandardLayers.CONV2D;
import static org.perceptra.model.layers.StandardLayers.DENSE;
import static org.perceptra.model.layers.StandardLayers.DROPOUT;
import static org.perceptra.model.layers.StandardLayers.FLATTEN;
import static org.perceptra.model.layers.StandardLayers.MAX_POOL2D;
import static org.perceptra.model.layers.StandardLayers.OUTPUT;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.Shape;

/** Well-known networks built on the canvas model; totals must equal what Keras and PyTorch report for them. */
class ArchitecturesTest {
    @Test
    void leNet5HasKerasParameterCount() {
        // Keras LeNet-5 on 28x28x1 (first conv 'same', tanh, average pooling): total params 61,706.
        GraphAnalysis a = Net.input(1, 28, 28)
                .then(CONV2D, p("filters", 6, "kernelSize", 5, "padding", "same", "activation", "tanh"))
                .then(AVG_POOL2D, p())
                .then(CONV2D, p("filters", 16, "kernelSize", 5, "activation", "tanh"))
                .then(AVG_POOL2D, p())
                .then(FLATTEN, p())
                .then(DENSE, p("units", 120, "activation", "tanh"))
                .then(DENSE, p("units", 84, "activation", "tanh"))
                .then("out", OUTPUT, p("units", 10))
                .analyze();

        assertThat(a.diagnostics()).isEmpty();
        assertThat(a.totalParams()).isEqualTo(61_706);
        // thop: 117,600 + 240,000 (convs) + 48,000 + 10,080 + 840 (linears)
        assertThat(a.totalMacs()).isEqualTo(416_520);
        assertThat(node(a, "out").output()).isEqualTo(Shape.of(10));
    }

    @Test
    void kerasMnistMlpHas669706Params() {
        // keras/examples mnist_mlp.py: Dense(512) - Dropout(0.2) - Dense(512) - Dropout(0.2) - Dense(10) = 669,706
        GraphAnalysis a = Net.input(784)
                .then(DENSE, p("units", 512))
                .then(DROPOUT, p("rate", 0.2))
                .then(DENSE, p("units", 512))
                .then(DROPOUT, p("rate", 0.2))
                .then(OUTPUT, p("units", 10))
                .analyze();

        assertThat(a.diagnostics()).isEmpty();
        assertThat(a.totalParams()).isEqualTo(669_706);
        assertThat(a.totalMacs()).isEqualTo(784 * 512 + 512 * 512 + 512 * 10);
    }

    @Test
    void vggBlockMatchesKerasVgg16FirstBlock() {
        // Keras VGG16 block1_conv1 1,792 and block1_conv2 36,928 params; block1_pool halves the image.
        Net net = Net.input(3, 32, 32);
        vggBlock(net, 64, 2);
        GraphAnalysis a = net.inferShapes();

        assertThat(a.diagnostics()).isEmpty();
        assertThat(a.totalParams()).isEqualTo(1_792 + 36_928);
        assertThat(node(a, net.last()).output()).isEqualTo(Shape.of(64, 16, 16));
    }

    @Test
    void vgg16MatchesKerasAndPtflops() {
        // Keras VGG16(include_top=False): 14,714,688 params; with the top: 138,357,544.
        // ptflops/thop on 224x224: 15.47 GMACs (conv 15,346,630,656 + linear 123,633,664).
        Net net = Net.input(3, 224, 224);
        int[][] blocks = {{64, 2}, {128, 2}, {256, 3}, {512, 3}, {512, 3}};
        for (int[] b : blocks) {
            vggBlock(net, b[0], b[1]);
        }
        GraphAnalysis base = net.inferShapes();
        net.then(FLATTEN, p()).then(DENSE, p("units", 4096)).then(DENSE, p("units", 4096))
                .then(OUTPUT, p("units", 1000));
        GraphAnalysis full = net.analyze();

        assertThat(base.totalParams()).isEqualTo(14_714_688);
        assertThat(full.diagnostics()).isEmpty();
        assertThat(full.totalParams()).isEqualTo(138_357_544);
        assertThat(full.totalMacs()).isEqualTo(15_470_264_320L);
    }

    @Test
    void resNetBasicBlockMatchesTorchvision() {
        // torchvision resnet18.layer1[0] (BasicBlock 64 -> 64): 73,984 parameters, 256 BatchNorm buffers.
        Net net = Net.input(64, 56, 56);
        basicBlock(net, "block", 64, 64, 1);
        GraphAnalysis a = net.inferShapes();

        assertThat(a.diagnostics()).isEmpty();
        assertThat(a.totalParams()).isEqualTo(73_984);
        assertThat(a.totalNonTrainableParams()).isEqualTo(256);
        assertThat(node(a, "block_out").output()).isEqualTo(Shape.of(64, 56, 56));
    }

    @Test
    void resNetDownsamplingBlockMatchesTorchvision() {
        // torchvision resnet18.layer2[0] (64 -> 128, stride 2, 1x1 projection shortcut): 230,144 parameters.
        Net net = Net.input(64, 56, 56);
        basicBlock(net, "block", 64, 128, 2);
        GraphAnalysis a = net.inferShapes();

        assertThat(a.diagnostics()).isEmpty();
        assertThat(a.totalParams()).isEqualTo(230_144);
        assertThat(a.totalNonTrainableParams()).isEqualTo(3 * 2 * 128);
        assertThat(node(a, "block_out").output()).isEqualTo(Shape.of(128, 28, 28));
    }

    @Test
    void resNet18MatchesTorchvision() {
        // torchvision resnet18: 11,689,512 parameters; BatchNorm running mean and variance: 9,600 buffers.
        // thop/ptflops report about 1.82 GMACs (they add BatchNorm and ReLU); conv + linear alone: 1,814,073,344.
        Net net = Net.input(3, 224, 224)
                .then(CONV2D, conv(64, 7, 2))
                .then(BATCH_NORM, p())
                .then(ACTIVATION, p())
                .then(MAX_POOL2D, p("poolSize", 3, "stride", 2, "padding", "same"));
        int channels = 64;
        int[][] stages = {{64, 1}, {128, 2}, {256, 2}, {512, 2}};
        for (int s = 0; s < stages.length; s++) {
            basicBlock(net, "layer" + (s + 1) + "_0", channels, stages[s][0], stages[s][1]);
            basicBlock(net, "layer" + (s + 1) + "_1", stages[s][0], stages[s][0], 1);
            channels = stages[s][0];
        }
        GraphAnalysis a = net.then(StandardLayers.GLOBAL_AVERAGE_POOL2D, p()).then("fc", OUTPUT, p("units", 1000))
                .analyze();

        assertThat(a.diagnostics()).isEmpty();
        assertThat(node(a, "layer4_1_out").output()).isEqualTo(Shape.of(512, 7, 7));
        assertThat(a.totalParams()).isEqualTo(11_689_512);
        assertThat(a.totalNonTrainableParams()).isEqualTo(9_600);
        assertThat(a.totalMacs()).isEqualTo(1_814_073_344L);
    }

    @Test
    void lstmTextClassifierMatchesKeras() {
        // Keras IMDB LSTM: Embedding(10000, 128) 1,280,000 + LSTM(64) 49,408 + Dense(1, sigmoid) 65.
        GraphAnalysis a = Net.input(200)
                .then("embedding", StandardLayers.EMBEDDING, p("vocabSize", 10_000, "embeddingDim", 128))
                .then("lstm", StandardLayers.LSTM, p("units", 64))
                .then("out", OUTPUT, p("units", 1, "activation", "sigmoid", "loss", "binary_crossentropy"))
                .analyze();

        assertThat(a.diagnostics()).isEmpty();
        assertThat(node(a, "embedding").params()).isEqualTo(1_280_000);
        assertThat(node(a, "lstm").params()).isEqualTo(49_408);
        assertThat(node(a, "out").params()).isEqualTo(65);
        assertThat(a.totalParams()).isEqualTo(1_329_473);
    }

    @Test
    void stackedRecurrentLayersNeedReturnSequences() {
        // Keras: LSTM(64, return_sequences=True) then GRU(32) on 64 features: 3 * (64*32 + 32*32 + 2*32) = 9,408
        GraphAnalysis a = Net.input(50, 10)
                .then("lstm", StandardLayers.LSTM, p("units", 64, "returnSequences", true))
                .then("gru", StandardLayers.GRU, p("units", 32))
                .inferShapes();

        assertThat(node(a, "lstm").output()).isEqualTo(Shape.of(50, 64));
        assertThat(node(a, "gru").output()).isEqualTo(Shape.of(32));
        assertThat(node(a, "gru").params()).isEqualTo(9_408);
    }

    @Test
    void transformerBlockMatchesKerasExample() {
        // keras.io "Text classification with Transformer": TokenAndPositionEmbedding(200, 20000, 32) 646,400;
        // TransformerBlock(32, 2 heads, ff 32) 10,656 = attention 8,416 + FFN 2 * 1,056 + 2 LayerNorms of 64.
        Net net = Net.input(200)
                .then("tokens", StandardLayers.EMBEDDING, p("vocabSize", 20_000, "embeddingDim", 32))
                .then("positions", StandardLayers.POSITIONAL_ENCODING, p("type", "learned"));
        net.then("attention", StandardLayers.MULTI_HEAD_SELF_ATTENTION, p("heads", 2, "keySize", 32))
                .then(DROPOUT, p("rate", 0.1))
                .join("add1", ADD, p(), "positions", net.last())
                .then("norm1", StandardLayers.LAYER_NORM, p("epsilon", 1e-6))
                .then("ff1", DENSE, p("units", 32))
                .then("ff2", DENSE, p("units", 32, "activation", "linear"))
                .then(DROPOUT, p("rate", 0.1))
                .join("add2", ADD, p(), "norm1", net.last())
                .then("norm2", StandardLayers.LAYER_NORM, p("epsilon", 1e-6));
        GraphAnalysis a = net.then(FLATTEN, p()).then("head", DENSE, p("units", 20))
                .then("out", OUTPUT, p("units", 2)).analyze();

        assertThat(a.diagnostics()).isEmpty();
        assertThat(sum(a, "tokens", "positions")).isEqualTo(646_400);
        assertThat(sum(a, "attention", "norm1", "ff1", "ff2", "norm2")).isEqualTo(10_656);
        assertThat(node(a, "norm2").output()).isEqualTo(Shape.of(200, 32));
        // Keras pools over time here; we flatten: 200 * 32 * 20 + 20 = 128,020 instead of 660.
        assertThat(a.totalParams()).isEqualTo(646_400 + 10_656 + 128_020 + 42);
    }

    @Test
    void aMissingFlattenIsReportedOnceWhereItHappens() {
        GraphAnalysis a = Net.input(1, 28, 28)
                .then(CONV2D, p("filters", 8))
                .then("dense", DENSE, p("units", 10))
                .then("out", OUTPUT, p("units", 10))
                .analyze();

        assertThat(a.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("needs-flatten");
            assertThat(d.node().value()).isEqualTo("dense");
            assertThat(d.message()).contains("[8, 26, 26]");
        });
        assertThat(node(a, "out").hasOutput()).isFalse();
    }

    @Test
    void aKindsWarningIsStampedWithItsNode() {
        GraphAnalysis a = Net.input(4, 3, 3)
                .then("conv", CONV2D, p("kernelSize", 5, "padding", "same"))
                .inferShapes();

        assertThat(a.hasErrors()).isFalse();
        assertThat(a.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("kernel-too-large");
            assertThat(d.node().value()).isEqualTo("conv");
        });
        assertThat(node(a, "conv").output()).isEqualTo(Shape.of(32, 3, 3));
    }

    private static void vggBlock(Net net, int filters, int convs) {
        for (int i = 0; i < convs; i++) {
            net.then(CONV2D, p("filters", filters, "padding", "same"));
        }
        net.then(MAX_POOL2D, p());
    }

    /** torchvision's BasicBlock: two 3x3 convs with BatchNorm, plus a 1x1 projection when the shape changes. */
    private static void basicBlock(Net net, String name, int in, int filters, int stride) {
        String shortcut = net.last();
        net.then(name + "_conv1", CONV2D, conv(filters, 3, stride))
                .then(name + "_bn1", BATCH_NORM, p())
                .then(name + "_relu1", ACTIVATION, p())
                .then(name + "_conv2", CONV2D, conv(filters, 3, 1))
                .then(name + "_bn2", BATCH_NORM, p());
        String main = net.last();
        if (stride != 1 || in != filters) {
            net.join(name + "_down", CONV2D, p("filters", filters, "kernelSize", 1, "stride", stride,
                            "activation", "linear", "useBias", false), shortcut)
                    .then(name + "_down_bn", BATCH_NORM, p());
            shortcut = net.last();
        }
        net.join(name + "_add", ADD, p(), main, shortcut).then(name + "_out", ACTIVATION, p());
    }

    /** A bias-free, linear, 'same' convolution as ResNet uses before BatchNorm. */
    private static Map<String, Object> conv(int filters, int kernel, int stride) {
        return p("filters", filters, "kernelSize", kernel, "stride", stride, "padding", "same",
                "activation", "linear", "useBias", false);
    }

    private static long sum(GraphAnalysis a, String... ids) {
        long total = 0;
        for (String id : ids) {
            total += node(a, id).params();
        }
        return total;
    }
}
