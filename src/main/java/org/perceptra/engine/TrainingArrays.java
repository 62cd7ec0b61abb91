package org.perceptra.engine;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.perceptra.model.Shape;

/**
 * A dataset held as two ND4J matrices (one row per sample, features and labels flattened), from which
 * minibatches are pulled by row index with {@code Nd4j.pullRows}: one native copy per batch, where
 * {@code getRows} costs about 26 microseconds per row. Built once per run from the data package's arrays.
 * A training step copies its rows straight into the network's input arrays instead ({@link #copyRows}).
 */
public final class TrainingArrays {
    private final INDArray features;
    private final INDArray labels;
    private final Shape featureShape;
    private final Shape labelShape;

    /**
     * @param features row-major, {@code samples * featureShape.size()} values
     * @param labels   row-major, {@code samples * labelShape.size()} values (one-hot classes or targets)
     */
    public TrainingArrays(float[] features, Shape featureShape, float[] labels, Shape labelShape, int samples) {
        if (features.length != samples * featureShape.size() || labels.length != samples * labelShape.size()) {
            throw new IllegalArgumentException(samples + " samples of " + featureShape + " -> " + labelShape
                    + " need " + samples * featureShape.size() + " and " + samples * labelShape.size()
                    + " values, not " + features.length + " and " + labels.length);
        }
        this.features = Nd4j.create(features, new long[] {samples, featureShape.size()}, 'c');
        this.labels = Nd4j.create(labels, new long[] {samples, labelShape.size()}, 'c');
        this.featureShape = featureShape;
        this.labelShape = labelShape;
    }

    public int size() {
        return features.rows();
    }

    public Shape featureShape() {
        return featureShape;
    }

    public Shape labelShape() {
        return labelShape;
    }

    INDArray features(int[] rows) {
        return pull(features, featureShape, rows);
    }

    INDArray labels(int[] rows) {
        return pull(labels, labelShape, rows);
    }

    /**
     * Rows {@code from} to {@code from + count - 1} as views of the data, reshaped to [count, ...shape]: no copy.
     * Evaluation reads the parts this way: pulling copies of 512 MNIST rows took 1.6 MB of fresh native memory,
     * and the page faults of touching it cost more time than the forward pass.
     */
    INDArray featureRange(int from, int count) {
        return range(features, featureShape, from, count);
    }

    INDArray labelRange(int from, int count) {
        return range(labels, labelShape, from, count);
    }

    private static INDArray range(INDArray source, Shape shape, int from, int count) {
        INDArray rows = source.get(NDArrayIndex.interval(from, from + count), NDArrayIndex.all());
        if (shape.rank() == 1) {
            return rows;
        }
        long[] dims = CoreCompilers.batchShape(shape);
        dims[0] = count;
        return rows.reshape('c', dims);
    }

    /**
     * Frees the two native matrices now rather than whenever the garbage collector gets to them (MNIST's
     * are 30 MB). Nothing may read this object afterwards.
     */
    public void close() {
        features.close();
        labels.close();
    }

    /**
     * Copies the rows into {@code x} and {@code y} (32-bit, contiguous, of [rows, ...shape]) through NIO buffers:
     * plain memory copies, no native call and no array created.
     *
     * @return false when the destinations are not plain 32-bit arrays of the right size (nothing copied)
     */
    boolean copyRows(int[] rows, INDArray x, INDArray y) {
        if (!fits(x, rows.length, featureShape) || !fits(y, rows.length, labelShape)) {
            return false;
        }
        copy(features.data().asNioFloat(), (int) featureShape.size(), rows, x.data().asNioFloat());
        copy(labels.data().asNioFloat(), (int) labelShape.size(), rows, y.data().asNioFloat());
        return true;
    }

    /** Copies the rows into plain arrays of {@code rows.length} samples each (for batches changed before use). */
    void copyRows(int[] rows, float[] x, float[] y) {
        copy(features.data().asNioFloat(), (int) featureShape.size(), rows, FloatBuffer.wrap(x));
        copy(labels.data().asNioFloat(), (int) labelShape.size(), rows, FloatBuffer.wrap(y));
    }

    private static boolean fits(INDArray a, int rows, Shape shape) {
        return a.dataType() == DataType.FLOAT && a.length() == (long) rows * shape.size() && !a.isView()
                && a.ordering() == 'c' && a.data().offset() == 0;
    }

    private static void copy(FloatBuffer source, int width, int[] rows, FloatBuffer dest) {
        for (int i = 0; i < rows.length; i++) {
            dest.put(i * width, source, rows[i] * width, width);
        }
    }

    /** The rows, reshaped to [rows, ...shape]. */
    private static INDArray pull(INDArray source, Shape shape, int[] rows) {
        INDArray flat = Nd4j.pullRows(source, 1, rows);
        if (shape.rank() == 1) {
            return flat;
        }
        long[] dims = CoreCompilers.batchShape(shape);
        dims[0] = rows.length;
        return flat.reshape('c', dims);
    }
}
