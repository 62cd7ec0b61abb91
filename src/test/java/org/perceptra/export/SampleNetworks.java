package org.perceptra.export;

import java.nio.file.Path;
import java.util.Optional;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.NetworkData;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.Scalers;
import org.perceptra.engine.TrainingArrays;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;

/**
 * A sample project trained for a few batches with its own seed, with raw samples and Perceptra's own
 * predictions for them (scaled as training scaled them, regression values back in the data's units): what the
 * export tests compare an exported network against.
 */
record SampleNetworks(Project project, CompiledNetwork network, Scalers scalers, float[] raw, int count,
                      float[] expected, boolean classification) {
    private static final int STEPS = 10;
    private static final int BATCH = 32;

    static SampleNetworks trained(String sample, int samples) throws Exception {
        Project project = ProjectFiles.load(Path.of("sample-projects", sample + ".perceptra"));
        var checked = (RunPreparation.Checked) RunPreparation.check(project.graph(), project.dataset(),
                project.training(), Path.of("sample-projects").toAbsolutePath(), Runtime.getRuntime().maxMemory());
        PreparedData data = checked.split();
        CompiledNetwork network = checked.compile();
        NetworkData arrays = NetworkData.of(data, network);
        try {
            train(network, arrays.train());
            int n = Math.min(samples, checked.all().size());
            int size = checked.all().sampleSize();
            float[] raw = new float[n * size];
            for (int i = 0; i < n; i++) {
                checked.all().copySample(i, raw, i * size);
            }
            float[] scaled = raw.clone();
            data.scaler().applyInPlace(scaled, 0, n);
            float[] expected = network.predict(scaled, n);
            arrays.targets().ifPresent(t -> t.unscaleInPlace(expected));
            return new SampleNetworks(project, network, Scalers.of(data, arrays), raw, n, expected,
                    arrays.isClassification());
        } finally {
            arrays.close();
        }
    }

    Optional<Scalers> optionalScalers() {
        return Optional.of(scalers);
    }

    /**
     * The bar for a difference: absolute for probabilities; for regression values in the data's units
     * (diabetes: up to ~350, where one float32 step is 3e-5), relative to their size.
     */
    double scale() {
        double m = 1;
        for (float x : expected) {
            m = Math.max(m, Math.abs(x));
        }
        return classification ? 1 : m;
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
}
