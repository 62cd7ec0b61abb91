package org.perceptra.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.DataException;
import org.perceptra.data.DataSource;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetLoader;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.Optimizer;
import org.perceptra.model.layers.StandardLayers;

/**
 * The fixed configurations of {@code perceptra bench training}, the ones issue 3 names: the spiral MLP
 * 2-8-8-2 (tanh, SGD 0.03, batch 10) on 400 generated points, the MNIST MLP 784-128-10 (ReLU, Adam 0.001,
 * batch 64) and LeNet-5 (as the sample project: tanh, average pooling, Adam 0.001, batch 64) on the bundled
 * MNIST 10k. The PyTorch reference builds the same networks under the same names.
 */
public final class BenchConfigs {
    private static final long SEED = 1;

    private BenchConfigs() {
    }

    /** Names of the configurations, in the order they run. */
    public static final List<String> NAMES = List.of("spiral", "mnist-mlp", "lenet5");

    /** The named configuration, its data loaded; MNIST is read from the bundled files once per call. */
    public static BenchConfig load(String name) throws DataException {
        return switch (name) {
            case "spiral" -> spiral();
            case "mnist-mlp" -> new BenchConfig(name, "MNIST MLP 784-128-10, batch 64, Adam", "mlp", mnistMlp(),
                    settings(Optimizer.ADAM, 0.001, 64), mnist(Shape.of(784)));
            case "lenet5" -> new BenchConfig(name, "LeNet-5 on MNIST, batch 64, Adam", "lenet5", lenet5(),
                    settings(Optimizer.ADAM, 0.001, 64), mnist(Shape.of(1, 28, 28)));
            default -> throw new IllegalArgumentException("no benchmark configuration '" + name + "'; choose from "
                    + String.join(", ", NAMES));
        };
    }

    private static BenchConfig spiral() {
        TwoSpirals s = TwoSpirals.generate(400, 0.0, SEED);
        BenchData data = BenchData.shuffled(s.features(), Shape.of(2), s.classes(), 2, SEED);
        return new BenchConfig("spiral", "spiral 2-8-8-2, batch 10, SGD", "spiral",
                TrainingBenchmark.spiralNet(new int[] {8, 8}, "tanh"), settings(Optimizer.SGD, 0.03, 10), data);
    }

    private static TrainingSettings settings(Optimizer optimizer, double lr, int batch) {
        return TrainingSettings.defaults().withOptimizer(optimizer).withLearningRate(lr).withBatchAndEpochs(batch, 1)
                .withSeed(SEED);
    }

    private static BenchData mnist(Shape shape) throws DataException {
        Dataset d = DatasetLoader.load(new DataSource.Bundled(BundledDataset.MNIST_10K, shape.toList()), null);
        float[] x = new float[d.size() * d.sampleSize()];
        for (int i = 0; i < d.size(); i++) {
            d.copySample(i, x, i * d.sampleSize());
        }
        return BenchData.shuffled(x, d.featureShape(), d.classes(), d.classNames().size(), SEED);
    }

    static NetworkGraph mnistMlp() {
        return chain(List.of(
                node("input", StandardLayers.INPUT, Map.of("shape", List.of(784))),
                node("dense_1", StandardLayers.DENSE, Map.of("units", 128, "activation", "relu")),
                node("output", StandardLayers.OUTPUT, Map.of("units", 10, "activation", "softmax"))));
    }

    static NetworkGraph lenet5() {
        return chain(List.of(
                node("input", StandardLayers.INPUT, Map.of("shape", List.of(1, 28, 28))),
                node("conv_1", StandardLayers.CONV2D, Map.of("filters", 6, "kernelSize", 5, "padding", "same",
                        "activation", "tanh")),
                node("pool_1", StandardLayers.AVG_POOL2D, Map.of("poolSize", 2)),
                node("conv_2", StandardLayers.CONV2D, Map.of("filters", 16, "kernelSize", 5, "padding", "valid",
                        "activation", "tanh")),
                node("pool_2", StandardLayers.AVG_POOL2D, Map.of("poolSize", 2)),
                node("flatten", StandardLayers.FLATTEN, Map.of()),
                node("dense_1", StandardLayers.DENSE, Map.of("units", 120, "activation", "tanh")),
                node("dense_2", StandardLayers.DENSE, Map.of("units", 84, "activation", "tanh")),
                node("output", StandardLayers.OUTPUT, Map.of("units", 10, "activation", "softmax"))));
    }

    private static NetworkGraph chain(List<LayerNode> nodes) {
        List<Connection> wires = new ArrayList<>();
        for (int i = 0; i + 1 < nodes.size(); i++) {
            wires.add(new Connection(nodes.get(i).id(), nodes.get(i + 1).id()));
        }
        return NetworkGraph.of(nodes, wires);
    }

    private static LayerNode node(String id, LayerKind kind, Map<String, ?> params) {
        return new LayerNode(NodeId.of(id), id, kind, kind.defaults(params), Position.ORIGIN);
    }
}
