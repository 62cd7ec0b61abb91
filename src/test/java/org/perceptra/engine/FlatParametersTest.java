package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Packing keeps every value, and afterwards the variables and the vector are the same memory. */
class FlatParametersTest {
    @Test
    void variablesBecomeViewsOfOneVectorWithTheirValuesKept() {
        SameDiff sd = SameDiff.create();
        sd.var("w", Nd4j.createFromArray(new float[][] {{1, 2, 3}, {4, 5, 6}}));
        sd.var("b", Nd4j.createFromArray(7f, 8f));
        FlatParameters flat = FlatParameters.pack(sd, List.of("w", "b"), DataType.FLOAT);

        assertThat(flat.params().toFloatVector()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(sd.getVariable("w").getArr().shape()).containsExactly(2, 3);
        flat.params().muli(10);
        assertThat(sd.getVariable("w").getArr().getFloat(1, 2)).isEqualTo(60f);
        assertThat(sd.getVariable("b").getArr().getFloat(1)).isEqualTo(80f);
    }

    @Test
    void gradientPartsTileTheGradientVectorInTheSameOrder() {
        SameDiff sd = SameDiff.create();
        sd.var("w", Nd4j.zeros(DataType.FLOAT, 2, 3));
        sd.var("b", Nd4j.zeros(DataType.FLOAT, 2));
        FlatParameters flat = FlatParameters.pack(sd, List.of("w", "b"), DataType.FLOAT);

        INDArray w = flat.gradientViews().get("w");
        INDArray b = flat.gradientViews().get("b");
        assertThat(w.shape()).containsExactly(2, 3);
        w.assign(1);
        b.assign(2);
        assertThat(flat.gradients().toFloatVector()).containsExactly(1, 1, 1, 1, 1, 1, 2, 2);
    }
}
