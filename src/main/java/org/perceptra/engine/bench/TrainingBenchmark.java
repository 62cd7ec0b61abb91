package org.perceptra.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.TrainingArrays;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/**
 * Steps per second of the engine's training step on the spiral MLPs, after a JIT warm-up of at least 3,000
 * steps (ND4J reaches full speed only then). Usage: {@code TrainingBenchmark [warmupSteps] [timedSteps]}.
 * Run with {@code OMP_NUM_THREADS=1}: one OpenMP thread is as fast as two on small networks.
 */
public final class TrainingBenchmark {
    /** One benchmarked configuration. */
    public record Config(String name, int[] hidden, String activation, int batch, TrainingSettings.Optimizer optimizer,
                         double learningRate) {
    }

    public static final List<Config> CONFIGS = List.of(
            new Config("spiral 2-8-8-2, batch 10, SGD", new int[] {8, 8}, "tanh", 10,
                    TrainingSettings.Optimizer.SGD, 0.03),
            new Config("spiral 2-32-32-16-2, batch 32, Adam", new int[] {32, 32, 16}, "relu", 32,
                    TrainingSettings.Optimizer.ADAM, 0.01));

    /** What one configuration measured. */
    public record Result(Config config, int steps, double seconds) {
        public double stepsPerSecond() {
            return steps / seconds;
        }

        public double samplesPerSecond() {
            return stepsPerSecond() * config.batch();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-40s %8.0f steps/s %10.0f samples/s %7.1f us/step",
                    config.name(), stepsPerSecond(), samplesPerSecond(), 1e6 / stepsPerSecond());
        }
    }

    private TrainingBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int timed = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        System.out.println("OMP_NUM_THREADS=" + System.getenv("OMP_NUM_THREADS") + ", warm-up " + warmup
                + " steps, timed " + timed + " steps");
        for (Config c : CONFIGS) {
            System.out.println(run(c, warmup, timed));
        }
    }

    public static Result run(Config config, int warmupSteps, int timedSteps) {
        TwoSpirals data = TwoSpirals.generate(400, 0.0, 1);
        TrainingSettings settings = TrainingSettings.defaults().withOptimizer(config.optimizer())
                .withLearningRate(config.learningRate()).withBatchAndEpochs(config.batch(), 1).withSeed(1);
        CompiledNetwork net = GraphCompiler.compile(spiralNet(config.hidden(), config.activation()), settings);
        TrainingArrays arrays = new TrainingArrays(data.features(), Shape.of(2), data.labels(), Shape.of(2),
                data.size());
        List<int[]> batches = batches(data.size(), config.batch(), 1);
        for (int i = 0; i < warmupSteps; i++) {
            net.fitBatch(arrays, batches.get(i % batches.size()));
        }
        long start = System.nanoTime();
        for (int i = 0; i < timedSteps; i++) {
            net.fitBatch(arrays, batches.get(i % batches.size()));
        }
        return new Result(config, timedSteps, (System.nanoTime() - start) / 1e9);
    }

    /** Input [2], Dense layers, Output 2 softmax with categorical cross-entropy. */
    public static NetworkGraph spiralNet(int[] hidden, String activation) {
        List<LayerNode> nodes = new ArrayList<>();
        List<Connection> wires = new ArrayList<>();
        nodes.add(node("input", StandardLayers.INPUT, Map.of("shape", List.of(2))));
        for (int i = 0; i < hidden.length; i++) {
            nodes.add(node("dense_" + (i + 1), StandardLayers.DENSE,
                    Map.of("units", hidden[i], "activation", activation)));
        }
        nodes.add(node("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "softmax")));
        for (int i = 0; i + 1 < nodes.size(); i++) {
            wires.add(new Connection(nodes.get(i).id(), nodes.get(i + 1).id()));
        }
        return NetworkGraph.of(nodes, wires);
    }

    private static LayerNode node(String id, LayerKind kind, Map<String, ?> params) {
        return new LayerNode(NodeId.of(id), id, kind, kind.defaults(params), Position.ORIGIN);
    }

    /** The samples shuffled once with the seed and cut into batches (a last short batch included). */
    public static List<int[]> batches(int samples, int batch, long seed) {
        int[] order = new int[samples];
        for (int i = 0; i < samples; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = samples - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<int[]> out = new ArrayList<>();
        for (int from = 0; from < samples; from += batch) {
            out.add(java.util.Arrays.copyOfRange(order, from, Math.min(samples, from + batch)));
        }
        return out;
    }
}
