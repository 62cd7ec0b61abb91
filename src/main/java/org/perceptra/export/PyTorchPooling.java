package org.perceptra.export;

import org.perceptra.export.PyTorchModule.Layer;

/**
 * Pooling, and the 'same' padding shared with Conv2D. ND4J pads half the total (rounded down) on top and left
 * and the rest on bottom and right; PyTorch's layers pad evenly, so uneven padding is an explicit
 * {@code F.pad} before the layer. Max pooling pads with -inf (padding never wins); average pooling with
 * 'same' leaves the padding out of the mean, as the engine does.
 */
final class PyTorchPooling {
    static final String AVG_HELPER = """
            def avg_pool_excluding_padding(x, size, stride, pads):
                \"""Average pooling over the pixels inside the image only, with uneven padding
                (left, right, top, bottom): the sum over each window divided by its count of real pixels.\"""
                total = F.avg_pool2d(F.pad(x, pads), size, stride)
                share = F.avg_pool2d(F.pad(torch.ones_like(x[:, :1]), pads), size, stride)
                return total / share
            """;

    private PyTorchPooling() {
    }

    /** Stride 0 means "the pool size" (Keras's strides=None). */
    static String pool(Layer l, boolean max) {
        int size = l.params().getInt("poolSize");
        int stride = l.params().getInt("stride") == 0 ? size : l.params().getInt("stride");
        long[] pads = pads(l, size, stride, 1);
        boolean none = pads[0] == 0 && pads[1] == 0 && pads[2] == 0 && pads[3] == 0;
        // PyTorch's own padding is even and at most half the window.
        boolean builtIn = pads[0] == pads[2] && pads[1] == pads[3] && 2 * Math.max(pads[0], pads[1]) <= size;
        String sizes = size + ", stride=" + stride;
        if (max) {
            return builtIn ? "F.max_pool2d(" + l.input() + ", " + sizes + evenPadding(pads, none) + ")"
                    : "F.max_pool2d(" + padded(l.input(), pads, ", value=-math.inf") + ", " + sizes + ")";
        }
        if (builtIn) {
            return "F.avg_pool2d(" + l.input() + ", " + sizes + evenPadding(pads, none)
                    + (none ? "" : ", count_include_pad=False") + ")";
        }
        l.module().helpers.add(AVG_HELPER);
        return "avg_pool_excluding_padding(" + l.input() + ", " + size + ", " + stride + ", " + torchPads(pads)
                + ")";
    }

    private static String evenPadding(long[] pads, boolean none) {
        return none ? "" : ", padding=(" + pads[0] + ", " + pads[1] + ")";
    }

    /** {@code F.pad(x, (left, right, top, bottom))}, with {@code extra} arguments such as the fill value. */
    static String padded(String x, long[] pads, String extra) {
        return "F.pad(" + x + ", " + torchPads(pads) + extra + ")";
    }

    /** ONNX's order [top, left, bottom, right] as F.pad's (left, right, top, bottom). */
    private static String torchPads(long[] pads) {
        return "(" + pads[1] + ", " + pads[3] + ", " + pads[0] + ", " + pads[2] + ")";
    }

    /** [top, left, bottom, right]: none for 'valid'; for 'same', as ND4J pads (as OnnxLayers.pads). */
    static long[] pads(Layer l, int k, int stride, int dilation) {
        if (!l.params().getString("padding").equals("same")) {
            return new long[4];
        }
        long totalH = Math.max(0, (long) (l.output().dim(1) - 1) * stride + (long) (k - 1) * dilation + 1
                - l.inShape().dim(1));
        long totalW = Math.max(0, (long) (l.output().dim(2) - 1) * stride + (long) (k - 1) * dilation + 1
                - l.inShape().dim(2));
        return new long[] {totalH / 2, totalW / 2, totalH - totalH / 2, totalW - totalW / 2};
    }
}
