package org.perceptra.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perceptra.data.Dataset;
import org.perceptra.data.PredictionInput;
import org.perceptra.data.PreparedData;
import org.opentest4j.TestAbortedException;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.NetworkData;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.Scalers;
import org.perceptra.engine.TrainingArrays;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;

/**
 * Every sample project, trained for a few batches with its own seed and exported; the exported predict.py then
 * answers a CSV of raw samples named as the project's data (all projects in one Python process), and its answers
 * are compared with Perceptra's own predictions on the same samples: probabilities and predicted class, or
 * regression values in the data's units.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PyTorchSampleExportTest {
    private static final List<String> SAMPLES = List.of("xor", "two-moons", "iris", "spiral", "digits", "diabetes",
            "mnist-mlp", "mnist-lenet5", "residual-block", "sequence-lstm");
    private static final int STEPS = 15;
    private static final int BATCH = 32;
    private static final int ROWS = 64;

    /** Perceptra's answers per sample project: one row per sample, already unscaled for regression. */
    private final Map<String, float[][]> expected = new LinkedHashMap<>();
    private final Map<String, List<String>> classes = new LinkedHashMap<>();
    private final Map<String, Path> answers = new LinkedHashMap<>();

    /** Why PyTorch could not run here; null when it did. */
    private String skipped;

    @BeforeAll
    void exportEverySampleAndRunThemInOnePythonProcess(@TempDir Path work) throws Exception {
        List<PyTorchRunner.Job> jobs = new ArrayList<>();
        for (String sample : SAMPLES) {
            jobs.add(export(sample, Files.createDirectories(work.resolve(sample))));
        }
        try {
            PyTorchRunner.run(jobs, work);
        } catch (TestAbortedException e) {
            skipped = e.getMessage(); // each test then reports the skip, so that the build counts them
        }
    }

    List<String> samples() {
        return SAMPLES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void predictPyAnswersAsPerceptraPredicts(String sample) throws Exception {
        Assumptions.assumeTrue(skipped == null, () -> skipped);
        List<CSVRecord> rows = read(answers.get(sample));
        float[][] want = expected.get(sample);
        List<String> names = classes.get(sample);

        assertThat(rows).hasSize(want.length);
        double diff = 0;
        double scale = 1;
        for (int i = 0; i < want.length; i++) {
            CSVRecord row = rows.get(i);
            for (int k = 0; k < want[i].length; k++) {
                diff = Math.max(diff, Math.abs(Float.parseFloat(row.get(k)) - want[i][k]));
                scale = Math.max(scale, names.isEmpty() ? Math.abs(want[i][k]) : 1);
            }
            if (!names.isEmpty() && margin(want[i]) > 1e-4) {
                assertThat(row.get("predicted")).as("row " + i).isEqualTo(names.get(argmax(want[i])));
            }
        }
        System.out.printf("%s: max abs diff %.3g over %d rows%n", sample, diff, want.length);
        // Regression values are in the data's units (diabetes: up to ~350): there the bar is relative.
        assertThat(diff).isLessThanOrEqualTo(1e-4 * scale);
    }

    private PyTorchRunner.Job export(String sample, Path folder) throws Exception {
        Project project = ProjectFiles.load(Path.of("sample-projects", sample + ".perceptra"));
        var checked = (RunPreparation.Checked) RunPreparation.check(project.graph(), project.dataset(),
                project.training(), Path.of("sample-projects").toAbsolutePath(), Runtime.getRuntime().maxMemory());
        PreparedData data = checked.split();
        CompiledNetwork network = checked.compile();
        Dataset all = checked.all();
        int outputs = (int) network.outputShape().size();
        NetworkData arrays = NetworkData.of(data, network);
        try {
            train(network, arrays.train());
            Scalers scalers = Scalers.of(data, arrays);
            PredictionColumns columns = PredictionColumns.of(all, outputs);
            PyTorchExport.write(network, Optional.of(scalers), project.name(), columns, folder);

            int n = Math.min(ROWS, all.size());
            int size = all.sampleSize();
            float[] raw = new float[n * size];
            for (int i = 0; i < n; i++) {
                all.copySample(i, raw, i * size);
            }
            float[] scaled = raw.clone();
            data.scaler().applyInPlace(scaled, 0, n);
            float[] y = network.predict(scaled, n);
            arrays.targets().ifPresent(t -> t.unscaleInPlace(y));
            expected.put(sample, rows(y, n, outputs, all.isClassification()));
            classes.put(sample, columns.classNames());
            Path input = folder.resolve("input.csv");
            writeCsv(input, PredictionInput.featureColumns(all), raw, n, size);
            answers.put(sample, folder.resolve("answers.csv"));
            return new PyTorchRunner.Job("csv", folder, input, answers.get(sample));
        } finally {
            arrays.close();
        }
    }

    /** One row per sample; one sigmoid unit becomes [P(first class), P(second class)], as predict writes it. */
    private static float[][] rows(float[] y, int n, int outputs, boolean classification) {
        float[][] out = new float[n][];
        for (int i = 0; i < n; i++) {
            out[i] = classification && outputs == 1 ? new float[] {1 - y[i], y[i]}
                    : java.util.Arrays.copyOfRange(y, i * outputs, (i + 1) * outputs);
        }
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

    private static void writeCsv(Path file, List<String> header, float[] values, int n, int size) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file), CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (int i = 0; i < n; i++) {
                List<String> row = new ArrayList<>(size);
                for (int j = 0; j < size; j++) {
                    row.add(Float.toString(values[i * size + j]));
                }
                printer.printRecord(row);
            }
        }
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)
                    .getRecords();
        }
    }

    private static int argmax(float[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /** How far the most likely class leads the next: below float noise, either answer is right. */
    private static double margin(float[] p) {
        float best = p[argmax(p)];
        double next = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < p.length; c++) {
            if (c != argmax(p)) {
                next = Math.max(next, p[c]);
            }
        }
        return best - next;
    }
}
