package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.export.PyTorchRunner;

class PyTorchExportCommandTest {
    private static final List<String> SAMPLES = List.of("iris", "diabetes");

    /**
     * The whole path a student takes: train and save, export to a folder, then answer the data's own CSV file
     * with {@code perceptra predict} and with the exported {@code python3 predict.py}: the same header, the same
     * predicted classes, the same numbers (regression values in the data's units, within float noise).
     */
    @Test
    void predictPyAnswersTheDataAsPerceptraPredictDoes(@TempDir Path dir) throws Exception {
        List<PyTorchRunner.Job> jobs = new ArrayList<>();
        for (String sample : SAMPLES) {
            Path trained = dir.resolve(sample + ".perceptra");
            CliRun train = CliRun.of("train", "sample-projects/" + sample + ".perceptra", "--epochs", "2", "--save",
                    trained.toString());
            assertThat(train.exitCode()).as(train.err()).isZero();
            Path folder = dir.resolve(sample + "-pytorch");
            CliRun export = CliRun.of("export", trained.toString(), "--format", "pytorch", "--out", folder.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(export.out()).contains("Exported", "model.py", "python3 " + folder.resolve("predict.py"));
            assertThat(folder).isDirectoryContaining("glob:**/model.py").isDirectoryContaining("glob:**/weights.npz")
                    .isDirectoryContaining("glob:**/predict.py").isDirectoryContaining("glob:**/README.txt");
            CliRun predict = CliRun.of("predict", trained.toString(), "--input", data(sample).toString(), "--out",
                    dir.resolve(sample + "-perceptra.csv").toString());
            assertThat(predict.exitCode()).as(predict.err()).isZero();
            jobs.add(new PyTorchRunner.Job("csv", folder, data(sample), dir.resolve(sample + "-pytorch.csv")));
        }

        PyTorchRunner.run(jobs, dir);

        for (String sample : SAMPLES) {
            try (CSVParser perceptra = parse(dir.resolve(sample + "-perceptra.csv"));
                 CSVParser pytorch = parse(dir.resolve(sample + "-pytorch.csv"))) {
                assertThat(pytorch.getHeaderNames()).isEqualTo(perceptra.getHeaderNames());
                List<CSVRecord> want = perceptra.getRecords();
                List<CSVRecord> got = pytorch.getRecords();
                assertThat(got).hasSameSizeAs(want);
                double diff = 0;
                for (int i = 0; i < want.size(); i++) {
                    for (int k = 0; k < want.get(i).size(); k++) {
                        String w = want.get(i).get(k);
                        String g = got.get(i).get(k);
                        if (perceptra.getHeaderNames().get(k).equals("predicted")) {
                            assertThat(g).as(sample + " row " + i).isEqualTo(w);
                        } else {
                            double v = Double.parseDouble(w);
                            diff = Math.max(diff, Math.abs(Double.parseDouble(g) - v) / Math.max(1, Math.abs(v)));
                        }
                    }
                }
                System.out.printf("%s: %d rows, max relative diff %.3g%n", sample, want.size(), diff);
                assertThat(diff).as(sample).isLessThanOrEqualTo(1e-4);
            }
        }
    }

    @Test
    void anOutputPathThatIsAFileIsRefusedWithoutTouchingIt(@TempDir Path dir) throws Exception {
        Path trained = dir.resolve("xor.perceptra");
        assertThat(CliRun.of("train", "sample-projects/xor.perceptra", "--epochs", "1", "--save", trained.toString())
                .exitCode()).isZero();
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");

        CliRun run = CliRun.of("export", trained.toString(), "--format", "pytorch", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_UNREADABLE);
        assertThat(run.err()).contains("cannot write " + file + ": it is a file, not a folder.");
        assertThat(file).hasContent("mine");
    }

    @Test
    void aProjectWithoutTrainedWeightsIsRefusedWithTheCommandThatTrainsIt(@TempDir Path dir) {
        CliRun run = CliRun.of("export", "sample-projects/xor.perceptra", "--format", "PyTorch",
                "--out", dir.resolve("xor").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_INVALID);
        assertThat(run.err()).contains("holds no trained weights", "perceptra train");
        assertThat(dir.resolve("xor")).doesNotExist();
    }

    private static Path data(String sample) {
        return Path.of("src/main/resources/datasets/" + sample + ".csv");
    }

    private static CSVParser parse(Path csv) throws IOException {
        Reader reader = Files.newBufferedReader(csv);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader);
    }
}
