package org.perceptra.engine;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Whether ND4J's native library was built with oneDNN (the {@code linux-x86_64-onednn} classifier, decision
 * 0018) and may use it: then its float convolutions run on oneDNN's kernels, 3 to 20 times faster than the
 * plain build's, and convolutions compile to ND4J's own conv2d. Without it (the CUDA backend, a plain build)
 * they compile to im2col and a matrix product, which is far faster than the plain build's conv2d_bp.
 */
final class OneDnn {
    private static volatile Boolean present;

    private OneDnn() {
    }

    /** True when convolutions of this data type run on oneDNN. */
    static boolean convolves(DataType type) {
        return type == DataType.FLOAT && present();
    }

    private static boolean present() {
        Boolean p = present;
        if (p == null) {
            boolean allowed = Nd4j.getEnvironment().helpersAllowed(); // loads the backend, which NativeOpsHolder needs
            String info = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
            p = allowed && info != null && info.contains("HAVE_ONEDNN");
            present = p;
        }
        return p;
    }
}
