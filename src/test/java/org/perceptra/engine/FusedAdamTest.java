package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;

/**
 * {@link FusedAdam} gives ND4J's Adam numbers bit for bit, step after step (with a changing learning rate, tiny,
 * zero and large gradients, and late iterations where the bias corrections fade), and updating one vector at
 * once equals updating its parts one by one.
 */
class FusedAdamTest {
    private static final int N = 257;

    /** Gradients of every scale, some exactly zero; step t of a run gets its own. */
    private static INDArray gradient(DataType type, int t, int n) {
        SplittableRandom rng = new SplittableRandom(1000 + t);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = i % 17 == 0 ? 0 : rng.nextGaussian() * Math.pow(10, rng.nextInt(-6, 3));
        }
        return Nd4j.createFromArray(g).castTo(type);
    }

    private static INDArray start(DataType type, int n) {
        return Nd4j.rand(DataType.DOUBLE, n).subi(0.5).castTo(type);
    }

    @ParameterizedTest
    @EnumSource(names = {"FLOAT", "DOUBLE"})
    void matchesNd4jsAdamBitForBit(DataType type) {
        Nd4j.getRandom().setSeed(4);
        INDArray fused = start(type, N);
        INDArray reference = fused.dup();
        ParamUpdate mine = new FusedAdam(new Adam(0.01), fused);
        ParamUpdate nd4j = ParamUpdate.nd4j(new Adam(0.01), reference);
        int[] iterations = new int[300];
        for (int i = 0; i < iterations.length; i++) {
            iterations[i] = i < 200 ? i : 5_000 + i; // a run resumed late: bias corrections near 1
        }
        for (int t : iterations) {
            double lr = 0.01 * (1 + Math.cos(t * 0.05)) / 2 + 1e-4;
            mine.apply(fused, gradient(type, t, N), lr, t);
            nd4j.apply(reference, gradient(type, t, N), lr, t);
            if (type == DataType.FLOAT) {
                assertThat(fused.toFloatVector()).as("step %d", t).containsExactly(reference.toFloatVector());
            } else {
                assertThat(fused.toDoubleVector()).as("step %d", t).containsExactly(reference.toDoubleVector());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"FLOAT", "DOUBLE"})
    void oneVectorUpdatesAsItsPartsUpdatedOneByOne(DataType type) {
        Nd4j.getRandom().setSeed(5);
        int[] sizes = {100, 7, 150};
        INDArray flat = start(type, 257);
        INDArray[] parts = new INDArray[sizes.length];
        ParamUpdate[] partUpdates = new ParamUpdate[sizes.length];
        int offset = 0;
        for (int k = 0; k < sizes.length; k++) {
            parts[k] = flat.get(NDArrayIndex.interval(offset, offset + sizes[k])).dup();
            partUpdates[k] = new FusedAdam(new Adam(0.005), parts[k]);
            offset += sizes[k];
        }
        ParamUpdate whole = new FusedAdam(new Adam(0.005), flat);
        for (int t = 0; t < 50; t++) {
            INDArray g = gradient(type, t, 257);
            whole.apply(flat, g.dup(), 0.005, t);
            offset = 0;
            for (int k = 0; k < sizes.length; k++) {
                partUpdates[k].apply(parts[k], g.get(NDArrayIndex.interval(offset, offset + sizes[k])).dup(), 0.005, t);
                offset += sizes[k];
            }
        }
        INDArray joined = Nd4j.concat(0, parts);
        assertThat(flat.toDoubleVector()).containsExactly(joined.toDoubleVector());
    }
}
