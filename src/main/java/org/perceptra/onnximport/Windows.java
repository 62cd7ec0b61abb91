package org.perceptra.onnximport;

import static org.perceptra.onnximport.Translation.refusal;

import java.util.Arrays;
import org.perceptra.model.Shape;

/**
 * Padding of Conv and the pools in Perceptra's two words: 'valid' (none) or 'same' as ND4J pads it (out =
 * ceil(in / stride), half the total padding, rounded down, before and the rest after: ONNX's SAME_UPPER).
 */
final class Windows {
    private Windows() {
    }

    static String padding(OnnxNode n, Shape image, int k, int stride, int dilation) throws OnnxImportException {
        String auto = n.text("auto_pad", "NOTSET");
        if (auto.equals("VALID")) {
            return "valid";
        }
        if (auto.equals("SAME_UPPER")) {
            return "same";
        }
        if (!auto.equals("NOTSET")) {
            throw refusal(n, "its padding " + auto + " puts the larger half first, where Perceptra puts it last");
        }
        long[] pads = n.integers("pads").orElse(new long[4]);
        if (Arrays.stream(pads).allMatch(p -> p == 0)) {
            return "valid";
        }
        if (Arrays.equals(pads, samePads(image, k, stride, dilation))) {
            return "same";
        }
        throw refusal(n, "its padding " + Arrays.toString(pads) + " is neither none ('valid') nor the padding that "
                + "keeps the size ('same', " + Arrays.toString(samePads(image, k, stride, dilation)) + " here)");
    }

    /** [top, left, bottom, right] as the exporter writes 'same'. */
    static long[] samePads(Shape image, int k, int stride, int dilation) {
        long[] totals = new long[2];
        for (int axis = 0; axis < 2; axis++) {
            int in = image.dim(axis + 1);
            int out = (in + stride - 1) / stride;
            totals[axis] = Math.max(0, (long) (out - 1) * stride + (long) (k - 1) * dilation + 1 - in);
        }
        return new long[] {totals[0] / 2, totals[1] / 2, totals[0] - totals[0] / 2, totals[1] - totals[1] / 2};
    }

    /** Whether rounding the output size up gives the same size as rounding down (windows fit exactly). */
    static boolean ceilChangesNothing(Shape image, int k, int stride, String padding) {
        return padding.equals("valid") && (image.dim(1) - k) % stride == 0 && (image.dim(2) - k) % stride == 0;
    }
}
