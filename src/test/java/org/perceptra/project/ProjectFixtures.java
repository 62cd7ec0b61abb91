package org.perceptra.project;

import java.util.List;
import java.util.Map;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.DatasetSpec.Normalization;
import org.perceptra.data.DatasetSpec.Split;
import org.perceptra.data.Generator;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.EarlyStopping;
import org.perceptra.model.TrainingSettings.Optimizer;
import org.perceptra.model.TrainingSettings.Schedule;
import org.perceptra.model.TrainingSettings.ScheduleType;
import org.perceptra.model.layers.StandardLayers;

/**
 * The projects the golden files under {@code golden/format-1} hold, built in code: a golden file must load to
 * exactly these. Together they use every data source type and the kinds Input, Dense, Flatten, Add and Output.
 */
final class ProjectFixtures {
    /** Golden file name (without extension) to the project it holds. */
    static final Map<String, Project> GOLDEN = Map.of(
            "mlp-spiral", mlpSpiral(),
            "residual-digits", residualDigits(),
            "csv-regression", csvRegression(),
            "idx-mnist", idxMnist(),
            "image-folder", imageFolder(),
            "empty", Project.empty("Untitled"));

    private ProjectFixtures() {
    }

    static Project mlpSpiral() {
        NetworkGraph g = graph(List.of(
                node("input", StandardLayers.INPUT, 40, 200, Map.of("shape", List.of(2))),
                node("dense_1", StandardLayers.DENSE, 260, 200, Map.of("units", 32)),
                node("dense_2", StandardLayers.DENSE, 480, 200,
                        Map.of("units", 16, "activation", "tanh", "weightInit", "he_normal", "l2", 0.001)),
                node("output", StandardLayers.OUTPUT, 700, 200, Map.of("units", 2))),
                "input", "dense_1", "dense_1", "dense_2", "dense_2", "output");
        DatasetSpec data = new DatasetSpec(new DataSource.Generated(Generator.SPIRAL, 500, 0.1, 7),
                new Split(0.2, 0.1, true, 1, 42), Normalization.ZSCORE);
        TrainingSettings training = new TrainingSettings(Optimizer.ADAM, 0.01, 0.9, 32, 200, 42,
                new Schedule(ScheduleType.STEP, 20, 0.5, 0, 1e-5), 1.0, 0.0, 1e-4,
                new EarlyStopping(true, "val_loss", 15, 0.001, true));
        return new Project("Spiral MLP", "Two spirals — a deeper network bends its boundary around the arms.", g,
                data, training, StoredResults.NONE);
    }

    static Project residualDigits() {
        NetworkGraph g = graph(List.of(
                node("input", StandardLayers.INPUT, 40, 200, Map.of("shape", List.of(1, 8, 8))),
                node("flatten", StandardLayers.FLATTEN, 200, 200, Map.of()).withName("Flatten pixels"),
                node("dense_in", StandardLayers.DENSE, 360, 200, Map.of("units", 64)),
                node("dense_a", StandardLayers.DENSE, 520, 320, Map.of("units", 64)),
                node("dense_b", StandardLayers.DENSE, 680, 320, Map.of("units", 64, "activation", "linear")),
                node("add", StandardLayers.ADD, 840, 200, Map.of()),
                node("output", StandardLayers.OUTPUT, 1000, 200, Map.of("units", 10))),
                "input", "flatten", "flatten", "dense_in", "dense_in", "dense_a", "dense_a", "dense_b",
                "dense_in", "add", "dense_b", "add", "add", "output");
        DatasetSpec data = new DatasetSpec(new DataSource.Bundled(BundledDataset.DIGITS, List.of(1, 8, 8)),
                new Split(0.2, 0.1, true, 1, 42), Normalization.MINMAX);
        TrainingSettings training = new TrainingSettings(Optimizer.MOMENTUM, 0.05, 0.9, 64, 30, 7,
                new Schedule(ScheduleType.COSINE, 10, 0.5, 0, 0.0), 0.0, 0.0, 0.0, EarlyStopping.OFF);
        // Numbers in weights must survive exactly as written, whatever a double would make of them.
        StoredResults results = new StoredResults(
                "{\"dense_in\":{\"W\":[[0.1000000000000000055511151231257827,-2.5E-1],[1e-7,3]],\"b\":[0,0]}}",
                "[{\"epoch\":1,\"loss\":0.693,\"note\":\"först\"},{\"epoch\":2,\"loss\":0.41,\"note\":null}]");
        return new Project("Residual digits", "A skip connection around two Dense layers.", g, data, training, results);
    }

    static Project csvRegression() {
        NetworkGraph g = graph(List.of(
                node("input", StandardLayers.INPUT, 40, 200, Map.of("shape", List.of(3))),
                node("hidden", StandardLayers.DENSE, 260, 200, Map.of("units", 8)),
                node("price", StandardLayers.OUTPUT, 480, 200,
                        Map.of("units", 1, "activation", "linear", "loss", "mse"))),
                "input", "hidden", "hidden", "price");
        DatasetSpec data = new DatasetSpec(
                new DataSource.Csv("data/houses.csv", List.of("rooms", "area", "age"), "price", false),
                new Split(0.0, 0.2, false, 5, 1), Normalization.ZSCORE);
        return new Project("House prices", "", g, data, TrainingSettings.defaults(), StoredResults.NONE);
    }

    static Project idxMnist() {
        NetworkGraph g = graph(List.of(
                node("input", StandardLayers.INPUT, 40, 200, Map.of("shape", List.of(1, 28, 28))),
                node("flatten", StandardLayers.FLATTEN, 200, 200, Map.of()),
                node("hidden", StandardLayers.DENSE, 360, 200, Map.of("units", 128)),
                node("output", StandardLayers.OUTPUT, 520, 200, Map.of("units", 10))),
                "input", "flatten", "flatten", "hidden", "hidden", "output");
        DatasetSpec data = DatasetSpec.of(new DataSource.Idx("mnist/train-images-idx3-ubyte.gz",
                "mnist/train-labels-idx1-ubyte.gz"));
        return new Project("MNIST from IDX files", "Handwritten digits.", g, data,
                TrainingSettings.defaults().withBatchAndEpochs(128, 5), StoredResults.NONE);
    }

    static Project imageFolder() {
        NetworkGraph g = graph(List.of(
                node("input", StandardLayers.INPUT, 40, 200, Map.of("shape", List.of(3, 32, 32))),
                node("flatten", StandardLayers.FLATTEN, 200, 200, Map.of()),
                node("output", StandardLayers.OUTPUT, 360, 200, Map.of("units", 2))),
                "input", "flatten", "flatten", "output");
        DatasetSpec data = new DatasetSpec(new DataSource.ImageFolder("photos/cats-vs-dogs", 32, 32, false),
                Split.DEFAULT, Normalization.MINMAX);
        return new Project("Cats and dogs", "Photos sorted into one folder per class.", g, data,
                TrainingSettings.defaults().withOptimizer(Optimizer.SGD).withLearningRate(0.1), StoredResults.NONE);
    }

    static LayerNode node(String id, LayerKind kind, double x, double y, Map<String, ?> params) {
        return new LayerNode(NodeId.of(id), id, kind, kind.defaults(params), new Position(x, y));
    }

    /** @param wires pairs of node ids: from, to, from, to, ... */
    static NetworkGraph graph(List<LayerNode> nodes, String... wires) {
        List<Connection> connections = new java.util.ArrayList<>();
        for (int i = 0; i < wires.length; i += 2) {
            connections.add(new Connection(NodeId.of(wires[i]), NodeId.of(wires[i + 1])));
        }
        return NetworkGraph.of(nodes, connections);
    }
}
