package org.perceptra.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.NetworkData;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.Scalers;
import org.perceptra.engine.TrainingArrays;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;

/**
 * Every sample project whose kinds ONNX export covers: trained for a few batches with its own seed, exported,
 * run in ONNX Runtime on raw samples, and compared with Perceptra's own predictions on the same samples
 * (scaled by Perceptra as training scaled them; the exported model scales them itself).
 */
class OnnxSampleExportTest {
    private static final int STEPS = 15;
    private static final int BATCH = 32;
    private static final int SAMPLES = 64;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xor", "two-moons", "iris", "spiral", "digits", "diabetes", "mnist-mlp", "mnist-lenet5",
        "residual-block", "sequence-lstm"})
    void theExportPredictsWhatPerceptraPredicts(String sample) throws Exception {
        Project project = ProjectFiles.load(Path.of("sample-projects", sample + ".perceptra"));
        var checked = (RunPreparation.Checked) RunPreparation.check(project.graph(), project.dataset(),
                project.training(), Path.of("sample-projects").toAbsolutePath(), Runtime.getRuntime().maxMemory());
        PreparedData data = checked.split();
        CompiledNetwork network = checked.compile();
        NetworkData arrays = NetworkData.of(data, network);
        train(network, arrays.train());
        Scalers scalers = Scalers.of(data, arrays);

        byte[] model = OnnxExport.model(network, Optional.of(scalers), project.name()).toByteArray();

        int n = Math.min(SAMPLES, checked.all().size());
        int size = checked.all().sampleSize();
        float[] raw = new float[n * size];
        for (int i = 0; i < n; i++) {
            checked.all().copySample(i, raw, i * size);
        }
        float[] scaled = raw.clone();
        data.scaler().applyInPlace(scaled, 0, n);
        float[] expected = network.predict(scaled, n);
        arrays.targets().ifPresent(t -> t.unscaleInPlace(expected));
        float[] actual = OnnxRuntimeCheck.run(model, raw, network.inputShape(), n);

        double diff = OnnxRuntimeCheck.maxAbsDiff(expected, actual);
        System.out.printf("%s: %d bytes, max abs diff %.3g over %d values%n", sample, model.length, diff,
                expected.length);
        // Regression values are in the data's units (diabetes: up to ~350), where one float32 step is 3e-5:
        // there the bar is relative to the values' size.
        double scale = arrays.isClassification() ? 1 : Math.max(1, maxAbs(expected));
        assertThat(diff).isLessThanOrEqualTo(1e-5 * scale);
        arrays.close();
    }

    /** A few minibatches: enough to move every weight away from its initial value. */
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
