package org.perceptra.engine.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.PreparedData;
import org.perceptra.data.Splits;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.Nd4jTrainingLoop;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/**
 * What the live views cost: a training step alone, a step with a weight snapshot after it, and a decision
 * boundary, on the spiral net (2-8-8-2, batch 10) and an MNIST-sized MLP (784-128-10, batch 64, random
 * pixels: the cost does not depend on the values). Usage: {@code SnapshotBenchmark [warmupSteps] [repeats]}.
 */
public final class SnapshotBenchmark {
    private SnapshotBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        TwoSpirals spirals = TwoSpirals.generate(400, 0.0, 1);
        Dataset spiralData = Dataset.ofClasses(spirals.features(), Shape.of(2), spirals.classes(), List.of());
        run("spiral 2-8-8-2, batch 10", TrainingBenchmark.spiralNet(new int[] {8, 8}, "tanh"), spiralData, 10,
                warmup, repeats);
        run("MNIST MLP 784-128-10, batch 64", mnistMlp(), randomImages(2_000, 784, 10), 64, warmup, repeats);
    }

    private static void run(String name, NetworkGraph graph, Dataset all, int batch, int warmup, int repeats) {
        TrainingSettings s = TrainingSettings.defaults().withBatchAndEpochs(batch, 1).withSeed(1);
        PreparedData data = PreparedData.prepare(all, Splits.split(all, DatasetSpec.Split.DEFAULT),
                DatasetSpec.Normalization.NONE);
        Nd4jTrainingLoop loop = new Nd4jTrainingLoop(GraphCompiler.compile(graph, s), data, s);
        int batches = loop.batchesPerEpoch();
        int step = 0;
        for (int i = 0; i < warmup; i++) {
            loop.trainBatch(0, step++ % batches);
        }
        long[] steps = new long[repeats];
        long[] withSnapshot = new long[repeats];
        long[] boundaries = new long[repeats];
        boolean plane = loop.decisionBoundary(step).isPresent();
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            loop.trainBatch(0, step++ % batches);
            long t1 = System.nanoTime();
            loop.prepareSnapshot();
            loop.trainBatch(0, step++ % batches);
            loop.weightSnapshot(step);
            long t2 = System.nanoTime();
            loop.decisionBoundary(step);
            long t3 = System.nanoTime();
            steps[i] = t1 - t0;
            withSnapshot[i] = t2 - t1;
            boundaries[i] = t3 - t2;
        }
        loop.close();
        double stepMs = median(steps);
        double snapshotMs = median(withSnapshot) - stepMs;
        double boundaryMs = plane ? median(boundaries) : 0;
        System.out.printf(Locale.ROOT, "%-32s step %.3f ms, weight snapshot %.2f ms, decision boundary %s%n", name,
                stepMs, snapshotMs, plane ? String.format(Locale.ROOT, "%.2f ms", boundaryMs) : "none (not 2-D)");
        System.out.printf(Locale.ROOT, "%-32s at 5 of each a second: %.1f%% of training time%n", "",
                100 * 5 * (snapshotMs + boundaryMs) / 1000);
    }

    /** Medians, in milliseconds: other processes on a shared machine only ever add time. */
    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static NetworkGraph mnistMlp() {
        List<LayerNode> nodes = List.of(
                node("input", StandardLayers.INPUT.defaults(java.util.Map.of("shape", List.of(784))),
                        StandardLayers.INPUT),
                node("dense_1", StandardLayers.DENSE.defaults(java.util.Map.of("units", 128, "activation", "relu")),
                        StandardLayers.DENSE),
                node("output", StandardLayers.OUTPUT.defaults(java.util.Map.of("units", 10, "activation", "softmax")),
                        StandardLayers.OUTPUT));
        return NetworkGraph.of(nodes, List.of(new Connection(NodeId.of("input"), NodeId.of("dense_1")),
                new Connection(NodeId.of("dense_1"), NodeId.of("output"))));
    }

    private static LayerNode node(String id, org.perceptra.model.Params params, org.perceptra.model.LayerKind kind) {
        return new LayerNode(NodeId.of(id), id, kind, params, Position.ORIGIN);
    }

    private static Dataset randomImages(int n, int pixels, int classCount) {
        SplittableRandom rng = new SplittableRandom(2);
        float[] x = new float[n * pixels];
        int[] classes = new int[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            classes[i] = rng.nextInt(classCount);
        }
        return Dataset.ofClasses(x, Shape.of(pixels), classes, List.of());
    }
}
