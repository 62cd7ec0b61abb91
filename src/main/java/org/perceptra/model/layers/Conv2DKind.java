package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * A 2-D convolution over a channels-first image with a square kernel. Shapes follow Keras's 'valid'/'same'
 * padding; parameters and multiply-adds follow Keras, PyTorch and thop (bias adds are not counted).
 */
final class Conv2DKind extends BaseKind {
    static final String FILTERS = "filters";
    static final String KERNEL_SIZE = "kernelSize";
    static final String STRIDE = "stride";
    static final String DILATION = "dilation";
    static final String KERNEL_TOO_LARGE = "kernel-too-large";

    Conv2DKind() {
        super("Conv2D", "Conv2D", LayerFamily.CONVOLUTION,
                "Slides small learned filters over the image; each filter looks for one pattern (an edge, a corner, "
                        + "a texture) everywhere and makes one output channel showing where it found it.",
                "y[f, i, j] = activation(b[f] + sum over c, u, v of W[f, c, u, v] * x[c, s*i + d*u, s*j + d*v])",
                CommonParams.concat(
                        List.of(ParamSpec.integer(FILTERS, "Filters", 32, 1, CommonParams.MAX_UNITS,
                                        "How many patterns to look for: each filter makes one output channel."),
                                ParamSpec.integer(KERNEL_SIZE, "Kernel size", 3, 1, SlidingWindow.MAX_SIDE,
                                        "Side of the square window each filter looks through (3 means 3x3)."),
                                ParamSpec.integer(STRIDE, "Stride", 1, 1, SlidingWindow.MAX_SIDE,
                                        "How many pixels the window moves each step; 2 halves the image size."),
                                SlidingWindow.padding(),
                                ParamSpec.integer(DILATION, "Dilation", 1, 1, SlidingWindow.MAX_SIDE,
                                        "Spreads the kernel's taps apart to see a wider area with the same weights; "
                                                + "1 is a normal kernel.")),
                        CommonParams.activationParams("relu"),
                        CommonParams.weightParams("he_uniform")),
                1, 1);
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape in = inputs.get(0);
        if (!in.isImage()) {
            return ExpectedInput.image(this, in);
        }
        int filters = params.getInt(FILTERS);
        int k = params.getInt(KERNEL_SIZE);
        int dilation = params.getInt(DILATION);
        int span = dilation * (k - 1) + 1;
        boolean same = SlidingWindow.isSame(params);
        if (!SlidingWindow.fits(in, span) && !same) {
            return tooLarge(in, k, span, false, null);
        }
        Shape out = SlidingWindow.output(in, filters, span, params.getInt(STRIDE), same);
        long weightsPerFilter = (long) k * k * in.dim(0);
        long weights = weightsPerFilter * filters + (params.getBool(CommonParams.USE_BIAS) ? filters : 0);
        LayerInference r = LayerInference.of(out, weights, weightsPerFilter * out.size());
        return SlidingWindow.fits(in, span) ? r : tooLarge(in, k, span, true, r);
    }

    private static LayerInference tooLarge(Shape in, int k, int span, boolean same, LayerInference ok) {
        String window = span == k ? SlidingWindow.square(k) + " kernel"
                : SlidingWindow.square(k) + " kernel, spread by its dilation to " + SlidingWindow.square(span) + ",";
        return SlidingWindow.tooLarge(KERNEL_TOO_LARGE, window, in, same, ok,
                "Use a smaller kernel size" + (span == k ? "" : " or dilation"), "pool less before this layer");
    }

    @Override
    public String summary(Params params) {
        int stride = params.getInt(STRIDE);
        return params.getInt(FILTERS) + ", " + SlidingWindow.square(params.getInt(KERNEL_SIZE))
                + (stride > 1 ? " /" + stride : "")
                + (SlidingWindow.isSame(params) ? ", same" : "")
                + ", " + params.getString(CommonParams.ACTIVATION);
    }

    @Override
    public String namePrefix() {
        return "conv2d";
    }
}
