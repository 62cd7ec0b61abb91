package org.perceptra.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;

/**
 * tanh of a large float array as one Java pass, for plans: libnd4j's tanh takes about 4-5 ns per element on one
 * thread (a scalar libm call), which made tanh the second largest cost of a LeNet-5 step. This is the rational
 * approximation PyTorch's and Eigen's vectorised float tanh use (odd degree-13 numerator over even degree-6
 * denominator on x clamped to about +-7.9, where tanh rounds to +-1 in float); the JIT vectorises the loop. It
 * is within 1e-6 (relative; a few units in the last place) of the exact tanh (libnd4j's own float tanh is off by up to 1e-4 relative near 0), not libnd4j's numbers bit for bit, so plans use
 * it for 32-bit arrays only: 64-bit plans keep ND4J's op and stay equal to SameDiff's executor.
 */
final class FloatTanh {
    private static final float CLAMP = 7.90531110763549805f;
    private static final float A1 = 4.89352455891786e-03f;
    private static final float A3 = 6.37261928875436e-04f;
    private static final float A5 = 1.48572235717979e-05f;
    private static final float A7 = 5.12229709037114e-08f;
    private static final float A9 = -8.60467152213735e-11f;
    private static final float A11 = 2.00018790482477e-13f;
    private static final float A13 = -2.76076847742355e-16f;
    private static final float B0 = 4.89352518554385e-03f;
    private static final float B2 = 2.26843463243900e-03f;
    private static final float B4 = 1.18534705686654e-04f;
    private static final float B6 = 1.19825839466702e-06f;

    private FloatTanh() {
    }

    /** {@code out[i] = tanh(in[i])} for i below {@code n}; {@code out} may be {@code in}. */
    static void apply(float[] in, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            float x = Math.max(-CLAMP, Math.min(CLAMP, in[i]));
            float x2 = x * x;
            float p = x2 * A13 + A11;
            p = x2 * p + A9;
            p = x2 * p + A7;
            p = x2 * p + A5;
            p = x2 * p + A3;
            p = x2 * p + A1;
            p = x * p;
            float q = x2 * B6 + B4;
            q = x2 * q + B2;
            q = x2 * q + B0;
            out[i] = p / q;
        }
    }

    /** A plan's tanh on a dense float array, through one reused Java buffer. */
    record Step(INDArray in, INDArray out, float[] buffer) implements OpPlan.Step {
        Step(INDArray in, INDArray out) {
            this(in, out, new float[Math.toIntExact(in.length())]);
        }

        @Override
        public void run(OpExecutioner executioner) {
            in.data().asNioFloat().get(Math.toIntExact(in.offset()), buffer);
            apply(buffer, buffer, buffer.length);
            out.data().asNioFloat().put(Math.toIntExact(out.offset()), buffer);
        }

        @Override
        public String name() {
            return "tanh (Java, float)";
        }
    }
}
