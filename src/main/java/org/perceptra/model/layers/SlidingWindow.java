package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * How a square window (a convolution kernel or a pooling window) slides over the height and width of an image,
 * with Keras's padding rules: 'valid' keeps only the positions where the window fits, out = floor((h - k) / s) + 1;
 * 'same' pads with zeros so that out = ceil(h / s).
 */
final class SlidingWindow {
    static final String PADDING = "padding";
    static final String VALID = "valid";
    static final String SAME = "same";

    /** Largest window side or stride accepted. */
    static final int MAX_SIDE = 1024;

    private SlidingWindow() {
    }

    static ParamSpec padding() {
        return ParamSpec.choice(PADDING, "Padding", VALID, List.of(VALID, SAME),
                "'valid' only uses positions where the window fits, so the image shrinks; "
                        + "'same' adds a border of zeros so the size only shrinks by the stride.");
    }

    static boolean isSame(Params params) {
        return params.getString(PADDING).equals(SAME);
    }

    /** Output side for one axis; {@code span} is the window's extent, dilation included. */
    static int outSide(int in, int span, int stride, boolean same) {
        return same ? (in + stride - 1) / stride : (in - span) / stride + 1;
    }

    static boolean fits(Shape image, int span) {
        return span <= image.dim(1) && span <= image.dim(2);
    }

    /** [channels, out height, out width]; only call when the window fits or padding is 'same'. */
    static Shape output(Shape image, int channels, int span, int stride, boolean same) {
        return Shape.of(channels, outSide(image.dim(1), span, stride, same), outSide(image.dim(2), span, stride, same));
    }

    /**
     * A window too large for the image: an error with 'valid' padding (there is no position where it fits), a
     * warning with 'same' (it works, but mostly sees padding zeros). {@code ok} is the result to warn on;
     * {@code smaller} and {@code earlier} are the kind's own two fixes.
     */
    static LayerInference tooLarge(String code, String window, Shape image, boolean same, LayerInference ok,
                                   String smaller, String earlier) {
        String message = "The " + window + " is larger than the " + image.dim(1) + "x" + image.dim(2)
                + " image " + image + " it slides over.";
        if (!same) {
            return LayerInference.failed(code, message, smaller + ", set padding to 'same', or " + earlier + ".");
        }
        return ok.withWarning(code, message + " With padding 'same' it works, but mostly sees the zeros added "
                + "around the border.", smaller + ", or " + earlier + ".");
    }

    static String square(int side) {
        return side + "x" + side;
    }
}
