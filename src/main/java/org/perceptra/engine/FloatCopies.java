package org.perceptra.engine;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * ND4J arrays read into Java arrays without a native copy in between, and into arrays that can be used again.
 * Snapshots read every weight, gradient and activation several times a second; {@code dup().data().asFloat()}
 * made a native copy and a Java array of each, and on MNIST touching that fresh memory (page faults) took more
 * of the training thread than the snapshots' arithmetic.
 */
final class FloatCopies {
    private FloatCopies() {
    }

    /**
     * The values of {@code a} in row-major order, as floats, written into {@code reuse} when it holds exactly
     * {@code a.length()} values (the array returned is then {@code reuse}), else into a new array.
     */
    static float[] of(INDArray a, float[] reuse) {
        int n = Math.toIntExact(a.length());
        float[] out = reuse != null && reuse.length == n ? reuse : new float[n];
        if (n == 0) {
            return out;
        }
        if (a.dataType() == DataType.FLOAT && (a.ordering() == 'c' || a.rank() < 2) && a.elementWiseStride() == 1) {
            // The buffer of a view starts at the view's first value: a relative read takes exactly its values.
            a.data().asNioFloat().get(out, 0, n);
            return out;
        }
        INDArray copy = a.castTo(DataType.FLOAT).dup('c');
        copy.data().asNioFloat().get(out, 0, n);
        copy.close();
        return out;
    }
}
