package org.perceptra.onnximport;

import java.util.Arrays;
import java.util.Optional;

/** The axes of Squeeze and ReduceMean: an attribute before opset 13 (18 for ReduceMean), an input after. */
final class Axes {
    private Axes() {
    }

    static Optional<long[]> of(OnnxNode n, Translation t) {
        if (n.has("axes")) {
            return n.integers("axes");
        }
        return t.constant(n.input(1)).map(Tensor::longs);
    }

    /** Whether {@code axes}, negatives counted from the end of a tensor of {@code rank}, are {@code expected}. */
    static boolean are(long[] axes, int rank, long... expected) {
        long[] normal = Arrays.stream(axes).map(a -> a < 0 ? a + rank : a).sorted().toArray();
        return Arrays.equals(normal, expected);
    }
}
