package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code predict model.onnx}: an exported or PyTorch-made model answers as the project or PyTorch does. */
class PredictOnnxTest {
    private static final Path IRIS_CSV = Path.of("src/main/resources/datasets/iris.csv");
    private static final Path FIXTURES = Path.of("src/test/resources/onnx");

    @Test
    void anExportedModelAnswersAsItsProjectWithTheSameColumnsAndClasses(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("iris.perceptra");
        CliRun train = CliRun.of("train", "sample-projects/iris.perceptra", "--epochs", "5", "--save",
                project.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        Path model = dir.resolve("iris.onnx");
        CliRun export = CliRun.of("export", project.toString(), "--format", "onnx", "--out", model.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        Path fromProject = dir.resolve("project.csv");
        Path fromModel = dir.resolve("model.csv");
        assertThat(CliRun.of("predict", project.toString(), "--input", IRIS_CSV.toString(), "--out",
                fromProject.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("predict", model.toString(), "--input", IRIS_CSV.toString(), "--out",
                fromModel.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote 150 predictions");
        List<CSVRecord> expected = read(fromProject);
        List<CSVRecord> actual = read(fromModel);
        assertThat(actual.get(0).getParser().getHeaderNames())
                .containsExactly("p(setosa)", "p(versicolor)", "p(virginica)", "predicted");
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            for (int c = 0; c < 3; c++) {
                assertThat(Double.parseDouble(actual.get(i).get(c)))
                        .isCloseTo(Double.parseDouble(expected.get(i).get(c)), within(1e-6));
            }
            assertThat(actual.get(i).get("predicted")).isEqualTo(expected.get(i).get("predicted"));
        }
    }

    @Test
    void aPyTorchModelReadsNumberedColumnsAndAnswersWithNumberedClasses(@TempDir Path dir) throws Exception {
        JsonNode fixture = new ObjectMapper().readTree(FIXTURES.resolve("pytorch-mlp.expected.json").toFile());
        StringBuilder csv = new StringBuilder("x1,x2,x3,x4\n");
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 4; j++) {
                csv.append(j == 0 ? "" : ",").append(fixture.get("input").get(i * 4 + j).asDouble());
            }
            csv.append('\n');
        }
        Path input = Files.writeString(dir.resolve("samples.csv"), csv);
        Path out = dir.resolve("answers.csv");

        CliRun run = CliRun.of("predict", FIXTURES.resolve("pytorch-mlp.onnx").toString(), "--input",
                input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CSVRecord> answers = read(out);
        assertThat(answers.get(0).getParser().getHeaderNames()).containsExactly("p(0)", "p(1)", "p(2)", "predicted");
        for (int i = 0; i < 5; i++) {
            int best = 0;
            for (int c = 0; c < 3; c++) {
                double p = fixture.get("output").get(i * 3 + c).asDouble();
                assertThat(Double.parseDouble(answers.get(i).get(c))).isCloseTo(p, within(1e-5));
                best = p > fixture.get("output").get(i * 3 + best).asDouble() ? c : best;
            }
            assertThat(answers.get(i).get("predicted")).isEqualTo(String.valueOf(best));
        }
    }

    @Test
    void aDamagedModelIsReportedInOneLine(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(FIXTURES.resolve("pytorch-cnn.onnx"));
        Path cut = Files.write(dir.resolve("cut.onnx"), java.util.Arrays.copyOf(whole, whole.length / 3));

        CliRun run = CliRun.of("predict", cut.toString(), "--input", IRIS_CSV.toString(), "--out",
                dir.resolve("x.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("perceptra predict: cut.onnx is not an ONNX model, or it is damaged")
                .doesNotContain("Exception").hasLineCount(1);
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }
}
