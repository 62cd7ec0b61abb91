package org.perceptra.engine;

import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;

/**
 * Conv2D and the pooling layers on channels-first images [batch, C, H, W]. Kernels are stored as
 * [kH, kW, in channels, out channels], ND4J's default layout; export transposes them to ONNX's OIHW. In float
 * with oneDNN ({@link OneDnn}) Conv2D is ND4J's conv2d op (a plan computes the input layer's weight gradient as
 * a convolution: {@link WeightGradientFusion}); otherwise it is built from im2col and a matrix product
 * ({@link #im2colConv}), since the plain build's conv2d_bp took 90% of a LeNet-5 step; the results are
 * conv2d's (ConvolutionAsProductTest).
 */
final class ConvolutionCompilers {
    private ConvolutionCompilers() {
    }

    static void register(Map<String, LayerCompiler> into) {
        into.put("Conv2D", ConvolutionCompilers::conv2d);
        into.put("MaxPool2D", b -> pool(b, Pooling2D.Pooling2DType.MAX));
        into.put("AvgPool2D", b -> pool(b, Pooling2D.Pooling2DType.AVG));
        into.put("GlobalAveragePool2D", b -> b.input().mean(2, 3));
    }

    private static SDVariable conv2d(LayerBuild b) {
        int filters = b.params().getInt("filters");
        int k = b.params().getInt("kernelSize");
        int stride = b.params().getInt("stride");
        int dilation = b.params().getInt("dilation");
        long channels = b.inShape().dim(0);
        SDVariable w = b.weight("W", new long[] {k, k, channels, filters}, channels * k * k, (long) filters * k * k);
        SDVariable bias = b.params().getBool("useBias") ? b.bias("b", new long[] {filters}, 0.0) : null;
        Conv2DConfig config = Conv2DConfig.builder()
                .kH(k).kW(k).sH(stride).sW(stride).dH(dilation).dW(dilation)
                .paddingMode(padding(b)).dataFormat(Conv2DConfig.NCHW).weightsFormat(WeightsFormat.YXIO)
                .build();
        SDVariable z;
        if (OneDnn.convolves(b.ctx().dataType()) && dilation == 1) { // ND4J's oneDNN conv2d refuses dilation
            z = bias == null ? b.sd().cnn.conv2d(b.input(), w, config) : b.sd().cnn.conv2d(b.input(), w, bias, config);
        } else {
            z = im2colConv(b.sd(), b.input(), b.inShape().dim(1), b.inShape().dim(2), w, config,
                    b.output().dim(1), b.output().dim(2));
            if (bias != null) {
                z = b.sd().nn.biasAdd(z, bias, true);
            }
        }
        return Activations.apply(b, z);
    }

    /**
     * The convolution of NCHW images {@code x} with a [kH, kW, C, O] kernel, as ND4J's conv2d computes it, but
     * written as im2col and one matrix product: every patch becomes a column of a [C*kH*kW, N*oH*oW] matrix,
     * and the kernel, as [O, C*kH*kW], multiplies it. Its gradient is then a matrix product and col2im (and, on
     * the input layer, the matrix product alone), where ND4J's own conv2d_bp spends 10 to 100 times longer:
     * it permutes its rank-6 column array through a slow generic copy.
     */
    static SDVariable im2colConv(SameDiff sd, SDVariable x, long inH, long inW, SDVariable w, Conv2DConfig config,
                                 long outH, long outW) {
        long patch = w.getShape()[0] * w.getShape()[1] * w.getShape()[2];
        long filters = w.getShape()[3];
        long pixels = outH * outW;
        Conv2DConfig im2col = withSamePadding(config, inH, inW, outH, outW);
        // With one channel, the images go in as channels of a single image: the same columns in the same order,
        // but im2col's fast path (it needs strictly falling strides, which a size-1 channel axis breaks).
        SDVariable columns = w.getShape()[2] == 1
                ? sd.cnn.im2Col(x.reshape(1, -1, inH, inW), im2col)                 // [1, N, kH, kW, oH, oW]
                : sd.cnn.im2Col(x, im2col);                                          // [N, C, kH, kW, oH, oW]
        SDVariable byPatch = sd.permute(columns.reshape(-1, patch, pixels), 1, 0, 2)
                .reshape(patch, -1);                                             // [C*kH*kW, N*oH*oW]
        SDVariable kernel = sd.permute(w, 3, 2, 0, 1).reshape(filters, patch); // [O, C*kH*kW]
        SDVariable z = kernel.mmul(byPatch);                                     // [O, N*oH*oW]
        return sd.permute(z.reshape(filters, -1, pixels), 1, 0, 2).reshape(-1, filters, outH, outW);
    }

    /**
     * im2col sizes its output for 'same' padding but pads by the configured pH and pW alone; conv2d works out
     * the padding itself: on top and left, half the total (rounded down), the rest on bottom and right. This
     * config carries that padding, so the columns line up as conv2d's.
     */
    private static Conv2DConfig withSamePadding(Conv2DConfig c, long inH, long inW, long outH, long outW) {
        if (c.getPaddingMode() != PaddingMode.SAME) {
            return c;
        }
        long padH = Math.max(0, ((outH - 1) * c.getSH() + (c.getKH() - 1) * c.getDH() + 1 - inH) / 2);
        long padW = Math.max(0, ((outW - 1) * c.getSW() + (c.getKW() - 1) * c.getDW() + 1 - inW) / 2);
        return Conv2DConfig.builder().kH(c.getKH()).kW(c.getKW()).sH(c.getSH()).sW(c.getSW()).dH(c.getDH())
                .dW(c.getDW()).pH(padH).pW(padW).paddingMode(PaddingMode.SAME).dataFormat(c.getDataFormat())
                .weightsFormat(c.getWeightsFormat()).build();
    }

    /** Stride 0 means "the pool size" (Keras's strides=None); 'same' average pooling ignores the padding. */
    private static SDVariable pool(LayerBuild b, Pooling2D.Pooling2DType type) {
        int size = b.params().getInt("poolSize");
        int stride = b.params().getInt("stride") == 0 ? size : b.params().getInt("stride");
        Pooling2DConfig config = Pooling2DConfig.builder()
                .kH(size).kW(size).sH(stride).sW(stride).type(type)
                .paddingMode(padding(b)).divisor(Pooling2D.Divisor.EXCLUDE_PADDING).isNHWC(false)
                .build();
        return type == Pooling2D.Pooling2DType.MAX
                ? b.sd().cnn.maxPooling2d(b.input(), config)
                : b.sd().cnn.avgPooling2d(b.input(), config);
    }

    private static PaddingMode padding(LayerBuild b) {
        return b.params().getString("padding").equals("same") ? PaddingMode.SAME : PaddingMode.VALID;
    }
}
