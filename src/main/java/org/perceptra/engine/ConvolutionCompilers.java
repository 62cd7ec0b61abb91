package org.perceptra.engine;

import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;

/**
 * Conv2D and the pooling layers on channels-first images [batch, C, H, W]. Kernels are stored as
 * [kH, kW, in channels, out channels], ND4J's default layout; export transposes them to ONNX's OIHW. The
 * OIHW layout (WeightsFormat.OIYX) computes the forward pass, but in 1.0.0-M2.1 its backward op conv2d_bp
 * still expects the default layout and fails ("wrong shape of weights array").
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
        SDVariable z = bias == null
                ? b.sd().cnn.conv2d(b.input(), w, config)
                : b.sd().cnn.conv2d(b.input(), w, bias, config);
        return Activations.apply(b, z);
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
