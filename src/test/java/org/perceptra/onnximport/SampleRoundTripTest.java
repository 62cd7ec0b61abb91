package org.perceptra.onnximport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perceptra.data.Dataset;
import org.perceptra.data.PredictionInput;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.Mode;
import org.perceptra.engine.NetworkData;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.Scalers;
import org.perceptra.engine.TrainingArrays;
import org.perceptra.engine.WeightsJson;
import org.perceptra.export.DataNames;
import org.perceptra.export.OnnxExport;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;

/**
 * Every sample project, trained a few batches, exported to ONNX and imported again: the imported project has
 * the same layers (Dropout, the identity at inference, left out), wired the same, keeps the scalers, the class
 * and feature names, and predicts what the trained network predicts on raw samples.
 */
class SampleRoundTripTest {
    private static final int STEPS = 10;
    private static final int BATCH = 32;
    private static final int SAMPLES = 48;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xor", "two-moons", "iris", "spiral", "digits", "diabetes", "mnist-mlp", "mnist-lenet5",
        "residual-block", "sequence-lstm"})
    void importedExportPredictsAsTheTrainedProject(String sample) throws Exception {
        Project original = ProjectFiles.load(Path.of("sample-projects", sample + ".perceptra"));
        var checked = (RunPreparation.Checked) RunPreparation.check(original.graph(), original.dataset(),
                original.training(), Path.of("sample-projects").toAbsolutePath(), Runtime.getRuntime().maxMemory());
        PreparedData data = checked.split();
        CompiledNetwork network = checked.compile();
        NetworkData arrays = NetworkData.of(data, network);
        train(network, arrays.train());
        Scalers scalers = Scalers.of(data, arrays);
        Dataset all = checked.all();
        List<String> classes = all.isClassification() ? all.classNames() : List.of();
        byte[] file = OnnxExport.model(network, Optional.of(scalers), original.name(), DataNames.of(all))
                .toByteArray();

        ImportedModel imported = OnnxImport.read(file, sample + ".onnx");

        assertSameLayers(original.graph(), imported.project().graph());
        assertThat(imported.classNames()).isEqualTo(classes);
        assertThat(imported.featureNames()).isEqualTo(PredictionInput.featureColumns(all));
        assertThat(imported.project().name()).isEqualTo(original.name());
        Scalers back = WeightsJson.scalers(imported.project().results().weightsJson()).orElseThrow();
        assertThat(back.features().centre()).containsExactly(scalers.features().centre());

        int n = Math.min(SAMPLES, all.size());
        float[] raw = new float[n * all.sampleSize()];
        for (int i = 0; i < n; i++) {
            all.copySample(i, raw, i * all.sampleSize());
        }
        float[] scaled = raw.clone();
        scalers.features().applyInPlace(scaled, 0, n);
        network.setMode(Mode.INFERENCE);
        float[] expected = network.predict(scaled, n);
        arrays.targets().ifPresent(t -> t.unscaleInPlace(expected));
        float[] actual = Predictions.of(imported.project(), raw, n);

        double diff = Predictions.maxAbsDiff(expected, actual);
        System.out.printf("%s: max abs diff %.3g over %d values%n", sample, diff, expected.length);
        // Regression values are in the data's units (diabetes: up to ~350): there the bar is relative.
        double scale = arrays.isClassification() ? 1 : Math.max(1, maxAbs(expected));
        assertThat(diff).isLessThanOrEqualTo(1e-5 * scale);
        arrays.close();
    }

    /** Same ids and kinds, Dropout aside; each layer fed by the same layers (through a left-out Dropout). */
    private static void assertSameLayers(NetworkGraph original, NetworkGraph imported) {
        List<String> expected = original.nodes().stream().filter(n -> !n.kind().id().equals("Dropout"))
                .map(n -> n.id() + ":" + n.kind().id()).sorted().toList();
        assertThat(imported.nodes().stream().map(n -> n.id() + ":" + n.kind().id()).sorted().toList())
                .isEqualTo(expected);
        for (var n : imported.nodes()) {
            List<NodeId> from = original.inputsOf(n.id()).stream().map(i -> skipDropout(original, i)).toList();
            assertThat(imported.inputsOf(n.id())).as("inputs of %s", n.id()).isEqualTo(from);
            assertThat(n.params().asMap()).as("params of %s", n.id())
                    .containsAllEntriesOf(paramsThatTravel(original.node(n.id()).params().asMap()));
        }
    }

    private static NodeId skipDropout(NetworkGraph g, NodeId id) {
        return g.node(id).kind().id().equals("Dropout") ? skipDropout(g, g.inputsOf(id).get(0)) : id;
    }

    /** Training-only settings (initialisers, penalties, momentum) do not travel in an ONNX file. */
    private static java.util.Map<String, Object> paramsThatTravel(java.util.Map<String, Object> params) {
        var out = new java.util.LinkedHashMap<>(params);
        List.of("weightInit", "initValue", "l1", "l2", "momentum", "focalGamma").forEach(out::remove);
        if ("categorical_crossentropy".equals(out.get("loss")) || "binary_crossentropy".equals(out.get("loss"))
                || "mse".equals(out.get("loss"))) {
            return out;
        }
        out.remove("loss");
        return out;
    }

    private static void train(CompiledNetwork network, TrainingArrays train) {
        int[] rows = new int[Math.min(BATCH, train.size())];
        for (int step = 0; step < STEPS; step++) {
            for (int i = 0; i < rows.length; i++) {
                rows[i] = (step * rows.length + i) % train.size();
            }
            network.fitBatch(train, rows);
        }
    }

    private static double maxAbs(float[] v) {
        double m = 0;
        for (float x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
