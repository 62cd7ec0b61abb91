package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The faults of ND4J 1.0.0-M2.1 the engine works around, pinned down. When an upgrade fixes one, its test
 * fails: then the workaround (named in each test) can go.
 */
class Nd4jKnownFaultsTest {
    /** Worked around in CoreCompilers.embedding: one-hot rows times the table. */
    @Test
    void gatherBackpropKeepsOnlyOneContributionOfARepeatedIndex() {
        SameDiff sd = SameDiff.create();
        SDVariable table = sd.var("table", Nd4j.ones(DataType.DOUBLE, 3, 2));
        SDVariable ids = sd.constant(Nd4j.createFromArray(0, 0, 1));
        sd.setLossVariables(sd.gather(table, ids, 0).sum().rename("loss"));
        INDArray grad = quiet(() -> sd.calculateGradients(Map.of(), "table").get("table"));
        // The true gradient of row 0 is 2 (it was looked up twice); ND4J reports 1.
        assertThat(grad.getDouble(0, 0)).isEqualTo(1.0);
        assertThat(grad.getDouble(1, 0)).isEqualTo(1.0);
    }

    /** Worked around in ConvolutionCompilers: kernels stay in ND4J's default [kH, kW, in, out] layout. */
    @Test
    void conv2dBackpropRejectsOihwWeights() {
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder("x", DataType.DOUBLE, -1, 1, 4, 4);
        SDVariable w = sd.var("w", Nd4j.rand(DataType.DOUBLE, 2, 1, 3, 3));
        Conv2DConfig c = Conv2DConfig.builder().kH(3).kW(3).weightsFormat(WeightsFormat.OIYX).build();
        sd.setLossVariables(sd.cnn.conv2d(x, w, c).sum().rename("loss"));
        INDArray in = Nd4j.rand(DataType.DOUBLE, 1, 1, 4, 4);
        assertThat(sd.output(Map.of("x", in), "loss").get("loss").getDouble(0)).isFinite(); // forward works
        assertThatThrownBy(() -> quiet(() -> sd.calculateGradients(Map.of("x", in), "w")))
                .hasMessageContaining("conv2d_bp");
    }

    private static <T> T quiet(java.util.function.Supplier<T> call) {
        Object[] out = new Object[1];
        QuietStdout.run(() -> out[0] = call.get());
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
