package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * What max and average pooling share: a square window sliding over each channel, Keras's padding rules, no
 * weights. Multiply-adds are 0: pooling compares or averages but has no weights (the thop/fvcore convention
 * counts only weighted operations).
 */
abstract class Pool2DKind extends BaseKind {
    static final String POOL_SIZE = "poolSize";
    static final String STRIDE = "stride";
    static final String POOL_TOO_LARGE = "pool-too-large";

    Pool2DKind(String id, String description, String formula) {
        super(id, id, LayerFamily.POOLING, description, formula,
                List.of(ParamSpec.integer(POOL_SIZE, "Pool size", 2, 1, SlidingWindow.MAX_SIDE,
                                "Side of the square window summarised into one value (2 means 2x2)."),
                        ParamSpec.integer(STRIDE, "Stride", 0, 0, SlidingWindow.MAX_SIDE,
                                "How many pixels the window moves each step; 0 means 'same as the pool size', "
                                        + "so windows do not overlap and a pool size of 2 halves the image."),
                        SlidingWindow.padding()),
                1, 1);
    }

    /** The stride actually used: 0 stands for the pool size, as in Keras's {@code strides=None}. */
    static int stride(Params params) {
        int stride = params.getInt(STRIDE);
        return stride == 0 ? params.getInt(POOL_SIZE) : stride;
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape in = inputs.get(0);
        if (!in.isImage()) {
            return ExpectedInput.image(this, in);
        }
        int pool = params.getInt(POOL_SIZE);
        boolean same = SlidingWindow.isSame(params);
        boolean fits = SlidingWindow.fits(in, pool);
        if (!fits && !same) {
            return tooLarge(in, pool, false, null);
        }
        LayerInference r = LayerInference.passThrough(SlidingWindow.output(in, in.dim(0), pool, stride(params), same));
        return fits ? r : tooLarge(in, pool, true, r);
    }

    private static LayerInference tooLarge(Shape in, int pool, boolean same, LayerInference ok) {
        return SlidingWindow.tooLarge(POOL_TOO_LARGE, SlidingWindow.square(pool) + " pooling window", in, same, ok,
                "Use a smaller pool size", "remove an earlier pooling layer");
    }

    @Override
    public String summary(Params params) {
        int pool = params.getInt(POOL_SIZE);
        int stride = stride(params);
        return SlidingWindow.square(pool) + (stride != pool ? " /" + stride : "")
                + (SlidingWindow.isSame(params) ? ", same" : "");
    }

    @Override
    public String namePrefix() {
        return id().toLowerCase(java.util.Locale.ROOT).replace("pool", "_pool");
    }
}
