package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The Java float tanh stays within 1e-6 (relative) of tanh, and within 3e-7 (5 units in the last place of 1) of libnd4j's. */
class FloatTanhTest {
    @Test
    void staysWithinAFewUlpsOfTheExactTanh() {
        int n = 2_000_001;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i - n / 2) * 1e-5f; // -10 .. 10
        }
        float[] y = new float[n];
        FloatTanh.apply(x, y, n);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double exact = Math.tanh(x[i]);
            worst = Math.max(worst, Math.abs(y[i] - exact) / Math.max(Math.abs(exact), 1e-30));
            assertThat(Math.abs(y[i])).as("tanh(%s)", x[i]).isLessThanOrEqualTo(1f);
        }
        assertThat(worst).as("relative error (a float's unit in the last place is 6e-8 to 1.2e-7)").isLessThan(1e-6);
    }

    @Test
    void keepsSignsLimitsAndNaN() {
        float[] x = {0f, -0.0001f, 0.0001f, 50f, -50f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
        float[] y = new float[x.length];
        FloatTanh.apply(x, y, x.length);
        assertThat(y[0]).isZero();
        assertThat(y[1]).isNegative().isCloseTo(-0.0001f, org.assertj.core.data.Offset.offset(1e-10f));
        assertThat(y[2]).isPositive();
        assertThat(y[3]).isEqualTo(1f);
        assertThat(y[4]).isEqualTo(-1f);
        assertThat(y[5]).isEqualTo(1f);
        assertThat(y[6]).isEqualTo(-1f);
        assertThat(y[7]).isNaN();
    }

    /** libnd4j's float tanh itself is off by up to 1e-4 relative near 0 (about 1e-8 absolute). */
    @Test
    void planStepAgreesWithNd4jsTanhOnAView() {
        INDArray whole = Nd4j.rand(DataType.FLOAT, 3, 40_000).subi(0.5).muli(8);
        INDArray in = whole.getRow(1);
        INDArray out = Nd4j.create(DataType.FLOAT, in.shape());
        new FloatTanh.Step(in, out).run(Nd4j.getExecutioner());
        INDArray expected = Transforms.tanh(in, true);
        for (int i = 0; i < in.length(); i++) {
            assertThat(out.getFloat(i)).isCloseTo(expected.getFloat(i),
                    org.assertj.core.data.Offset.offset(3e-7f));
        }
    }
}
