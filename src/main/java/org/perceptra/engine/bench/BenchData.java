package org.perceptra.engine.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.perceptra.engine.TrainingArrays;
import org.perceptra.model.Shape;

/**
 * A classification dataset for a benchmark, with one fixed order of its samples (shuffled once with a seed) that
 * both the engine and the PyTorch reference cut into full batches, so both see the same numbers in the same order.
 */
public record BenchData(float[] features, Shape featureShape, int[] classes, int classCount, int[] order) {
    public BenchData {
        if (features.length != classes.length * featureShape.size() || order.length != classes.length) {
            throw new IllegalArgumentException("features, classes and order do not describe the same samples");
        }
    }

    /** The data with its samples in an order shuffled by {@code seed}. */
    public static BenchData shuffled(float[] features, Shape featureShape, int[] classes, int classCount, long seed) {
        int[] order = new int[classes.length];
        Arrays.setAll(order, i -> i);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return new BenchData(features, featureShape, classes, classCount, order);
    }

    public int size() {
        return classes.length;
    }

    /** Features and one-hot labels as the engine trains on them. */
    public TrainingArrays arrays() {
        float[] oneHot = new float[size() * classCount];
        for (int i = 0; i < size(); i++) {
            oneHot[i * classCount + classes[i]] = 1f;
        }
        return new TrainingArrays(features, featureShape, oneHot, Shape.of(classCount), size());
    }

    /** The order cut into batches of exactly {@code batch} rows (a last short batch is left out). */
    public List<int[]> batches(int batch) {
        List<int[]> out = new ArrayList<>();
        for (int from = 0; from + batch <= order.length; from += batch) {
            out.add(Arrays.copyOfRange(order, from, from + batch));
        }
        return out;
    }

    /** Writes features (float32), classes and order (int32), little-endian, as {@code prefix.x.f32} and so on. */
    void export(Path dir, String prefix) throws IOException {
        ByteBuffer x = ByteBuffer.allocate(features.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        x.asFloatBuffer().put(features);
        Files.write(dir.resolve(prefix + ".x.f32"), x.array());
        Files.write(dir.resolve(prefix + ".y.i32"), ints(classes));
        Files.write(dir.resolve(prefix + ".order.i32"), ints(order));
    }

    private static byte[] ints(int[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        return b.array();
    }
}
