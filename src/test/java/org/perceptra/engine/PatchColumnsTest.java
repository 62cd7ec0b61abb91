package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link PatchColumns} against ND4J's own {@code im2col} and {@code im2col_bp} followed (or preceded) by the
 * reshape and permute that {@link ConvolutionCompilers#im2colConv} wraps around them: the same numbers, bit for
 * bit, on random data with padding, strides, dilation and 'same' sizing, in 32 and 64 bits.
 */
class PatchColumnsTest {
    /** b, c, h, w, kH, kW, sH, sW, pH, pW, dH, dW, same, patch per channel (true) or per image (false). */
    static Stream<Arguments> geometries() {
        return Stream.of(
                Arguments.of(new int[] {3, 2, 7, 6, 3, 3, 1, 1, 0, 0, 1, 1, 0}, false),
                Arguments.of(new int[] {2, 3, 9, 8, 3, 2, 2, 3, 1, 2, 1, 1, 0}, false),
                Arguments.of(new int[] {2, 2, 10, 9, 3, 3, 1, 2, 2, 1, 2, 3, 0}, false),
                Arguments.of(new int[] {4, 1, 8, 8, 5, 5, 1, 1, 2, 2, 1, 1, 1}, false),
                Arguments.of(new int[] {1, 5, 8, 7, 5, 5, 1, 1, 2, 2, 1, 1, 1}, true),
                Arguments.of(new int[] {1, 4, 9, 9, 3, 3, 2, 2, 1, 1, 1, 1, 1}, true));
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void im2colGivesNd4jsColumnsInProductLayout(int[] g, boolean perChannel) {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray x = random(type, 11, g[0], g[1], g[2], g[3]);
            INDArray columns = im2col(x, g);
            long patch = perChannel ? (long) g[4] * g[5] : (long) g[1] * g[4] * g[5];
            long pixels = columns.size(4) * columns.size(5);
            INDArray expected = columns.reshape(-1, patch, pixels).permute(1, 0, 2).dup('c').reshape(patch, -1);
            INDArray actual = Nd4j.create(type, expected.shape()).assign(7);
            new PatchColumns(x.shape(), columns.shape(), iArgs(g), patch, type).im2col(x, actual);
            assertThat(actual.dup('c').data().asDouble()).as("%s", type)
                    .containsExactly(expected.dup('c').data().asDouble());
        }
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void col2imSumsAsNd4jsIm2colGradient(int[] g, boolean perChannel) {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            INDArray x = random(type, 12, g[0], g[1], g[2], g[3]);
            INDArray columns = im2col(x, g);
            long patch = perChannel ? (long) g[4] * g[5] : (long) g[1] * g[4] * g[5];
            long pixels = columns.size(4) * columns.size(5);
            long groups = columns.length() / patch / pixels;
            INDArray byPatch = random(type, 13, patch, groups * pixels);
            INDArray gradient = byPatch.reshape(patch, groups, pixels).permute(1, 0, 2).dup('c')
                    .reshape(columns.shape());
            INDArray expected = x.ulike();
            Nd4j.exec(DynamicCustomOp.builder("im2col_bp").addInputs(x, gradient).addOutputs(expected)
                    .addIntegerArguments(ints(g)).build());
            INDArray actual = x.ulike().assign(7);
            new PatchColumns(x.shape(), columns.shape(), iArgs(g), patch, type).col2im(byPatch, actual);
            assertThat(actual.dup('c').data().asDouble()).as("%s", type)
                    .containsExactly(expected.dup('c').data().asDouble());
        }
    }

    private static long[] iArgs(int[] g) {
        return new long[] {g[4], g[5], g[6], g[7], g[8], g[9], g[10], g[11], g[12]};
    }

    private static int[] ints(int[] g) {
        return java.util.Arrays.copyOfRange(g, 4, 13);
    }

    private static INDArray im2col(INDArray x, int[] g) {
        DynamicCustomOp op = DynamicCustomOp.builder("im2col").addInputs(x).addIntegerArguments(ints(g)).build();
        INDArray out = Nd4j.create(op.calculateOutputShape().get(0));
        op.addOutputArgument(out);
        Nd4j.exec(op);
        return out;
    }

    private static INDArray random(DataType type, long seed, long... shape) {
        Random r = new Random(seed);
        double[] v = new double[Math.toIntExact(java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b))];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextGaussian();
        }
        return Nd4j.createFromArray(v).castTo(type).reshape(shape);
    }
}
