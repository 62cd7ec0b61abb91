package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class FloatCopiesTest {
    private static float[] upTo(int n, float from) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + i;
        }
        return v;
    }

    @Test
    void aTensorPackedInsideAFlatVectorReadsAsItsOwnValues() {
        // Trainable tensors are views of one flat vector (FlatParameters): the read must start at the view.
        INDArray flat = Nd4j.createFromArray(upTo(30, 0));
        INDArray weights = flat.get(NDArrayIndex.interval(10, 22)).reshape('c', 3, 4);
        assertThat(FloatCopies.of(weights, null)).containsExactly(upTo(12, 10));
    }

    @Test
    void rowsOfAMatrixAndATransposeComeOutRowMajor() {
        INDArray m = Nd4j.createFromArray(upTo(40, 0)).reshape('c', 8, 5);
        assertThat(FloatCopies.of(m.get(NDArrayIndex.interval(3, 6), NDArrayIndex.all()), null))
                .containsExactly(upTo(15, 15));
        float[] transposed = FloatCopies.of(m.transpose(), null);
        assertThat(transposed[0]).isEqualTo(0f);
        assertThat(transposed[1]).isEqualTo(5f); // row 0 of the transpose is column 0 of m
        assertThat(FloatCopies.of(m.dup('f'), null)).containsExactly(upTo(40, 0));
    }

    @Test
    void doublesAreReadAsFloats() {
        INDArray d = Nd4j.createFromArray(1.5, -2.25, 3.0).castTo(DataType.DOUBLE);
        assertThat(FloatCopies.of(d, null)).containsExactly(1.5f, -2.25f, 3f);
    }

    @Test
    void anArrayOfTheRightLengthIsWrittenAgainAndOneOfAnotherLengthIsNot() {
        float[] reuse = new float[4];
        float[] out = FloatCopies.of(Nd4j.createFromArray(upTo(4, 7)), reuse);
        assertThat(out).isSameAs(reuse).containsExactly(7, 8, 9, 10);
        float[] wrong = new float[3];
        float[] fresh = FloatCopies.of(Nd4j.createFromArray(upTo(4, 1)), wrong);
        assertThat(fresh).isNotSameAs(wrong).containsExactly(1, 2, 3, 4);
        assertThat(wrong).containsOnly(0f);
    }
}
