package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The compiler's convolution ({@link ConvolutionCompilers#im2colConv}, im2col and a matrix product) computes what
 * ND4J's own conv2d computes, forward and backward (gradients of the images, the kernel and the bias), on random
 * data in 32-bit floats: within 1e-4 of the largest value. ND4J's conv2d runs on oneDNN where the build has it
 * (decision 0018), so this also checks oneDNN's kernels, which float Conv2D layers use, against the products.
 */
class ConvolutionAsProductTest {
    @ParameterizedTest(name = "{0}x{1}x{2} images, {3} filters, kernel {4}, stride {5}, dilation {6}, {7}")
    @CsvSource({"1, 28, 28, 6, 5, 1, 1, same", "6, 14, 14, 16, 5, 1, 1, valid", "3, 9, 7, 4, 3, 2, 1, same",
            "2, 8, 8, 3, 2, 2, 1, same", "2, 9, 9, 5, 3, 2, 1, valid", "3, 10, 8, 2, 3, 1, 2, same",
            "2, 7, 7, 3, 2, 1, 2, valid", "4, 6, 6, 8, 1, 1, 1, valid", "2, 5, 6, 3, 4, 3, 1, same"})
    void matchesNd4jsConv2d(int channels, int height, int width, int filters, int k, int stride, int dilation,
                            String padding) {
        Nd4j.getRandom().setSeed(17);
        int batch = 3;
        INDArray x = Nd4j.rand(DataType.FLOAT, batch, channels, height, width).subi(0.5);
        INDArray w = Nd4j.rand(DataType.FLOAT, k, k, channels, filters).subi(0.5);
        INDArray b = Nd4j.rand(DataType.FLOAT, filters).subi(0.5);
        PaddingMode mode = padding.equals("same") ? PaddingMode.SAME : PaddingMode.VALID;
        Conv2DConfig config = Conv2DConfig.builder().kH(k).kW(k).sH(stride).sW(stride).dH(dilation).dW(dilation)
                .paddingMode(mode).dataFormat(Conv2DConfig.NCHW).weightsFormat(WeightsFormat.YXIO).build();
        long outH = outSize(height, k, stride, dilation, mode);
        long outW = outSize(width, k, stride, dilation, mode);
        INDArray weights = Nd4j.rand(DataType.FLOAT, batch, filters, outH, outW).subi(0.5);

        // With oneDNN in ND4J (decision 0018) conv2d runs on it, which refuses dilation: those cases check
        // against libnd4j's own loops instead.
        boolean helpers = Nd4j.getEnvironment().helpersAllowed();
        Nd4j.getEnvironment().allowHelpers(helpers && dilation == 1);
        Map<String, INDArray> nd4j;
        try {
            nd4j = run(x, w, b, weights, (sd, in, kernel, bias) -> sd.cnn.conv2d(in, kernel, bias, config));
        } finally {
            Nd4j.getEnvironment().allowHelpers(helpers);
        }
        Map<String, INDArray> ours = run(x, w, b, weights, (sd, in, kernel, bias) ->
                sd.nn.biasAdd(ConvolutionCompilers.im2colConv(sd, in, height, width, kernel, config, outH, outW), bias, true));

        for (String name : List.of("out", "x", "w", "b")) {
            INDArray expected = nd4j.get(name);
            INDArray actual = ours.get(name);
            assertThat(actual.shape()).as(name).containsExactly(expected.shape());
            double scale = Math.max(1e-6, expected.amaxNumber().doubleValue());
            assertThat(actual.sub(expected).amaxNumber().doubleValue() / scale).as(name).isLessThan(1e-4);
        }
    }

    private interface Conv {
        SDVariable apply(SameDiff sd, SDVariable x, SDVariable w, SDVariable b);
    }

    /** The convolution's output and the gradients of sum(output * weights). */
    private static Map<String, INDArray> run(INDArray x, INDArray w, INDArray b, INDArray weights, Conv conv) {
        SameDiff sd = SameDiff.create();
        SDVariable in = sd.var("x", x.dup());
        SDVariable kernel = sd.var("w", w.dup());
        SDVariable bias = sd.var("b", b.dup());
        SDVariable out = conv.apply(sd, in, kernel, bias).rename("out");
        sd.setLossVariables(out.mul(sd.constant(weights.dup())).sum().rename("loss"));
        Map<String, INDArray> grads = sd.calculateGradients(Map.of(), "x", "w", "b");
        INDArray value = sd.output(Map.of(), "out").get("out");
        return Map.of("out", value, "x", grads.get("x"), "w", grads.get("w"), "b", grads.get("b"));
    }

    private static long outSize(int in, int k, int stride, int dilation, PaddingMode mode) {
        if (mode == PaddingMode.SAME) {
            return (in + stride - 1) / stride;
        }
        return (in - (long) (k - 1) * dilation - 1) / stride + 1;
    }
}
