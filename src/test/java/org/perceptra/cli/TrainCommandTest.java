package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.model.NetworkGraph;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;

class TrainCommandTest {
    @Test
    void trainsTheXorLessonAndPrintsEachEpoch() {
        CliRun run = CliRun.of("train", "sample-projects/xor.perceptra", "--epochs", "15");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> epochs = epochLines(run.out());
        assertThat(epochs).hasSize(15);
        assertThat(epochs.get(14)).contains("val_accuracy");
        assertThat(accuracyOf(epochs.get(14))).as("XOR after 15 epochs").isGreaterThan(0.9);
        assertThat(run.out()).contains("Done:", "steps/s");
    }

    @Test
    void theSameProjectAndSeedGiveTheSameNumbers() {
        List<String> first = epochLines(CliRun.of("train", "sample-projects/two-moons.perceptra", "--epochs", "3").out());
        List<String> second = epochLines(CliRun.of("train", "sample-projects/two-moons.perceptra", "--epochs", "3").out());

        assertThat(first).hasSize(3);
        assertThat(withoutSpeed(first)).isEqualTo(withoutSpeed(second));
    }

    @Test
    void zeroEpochsIsAUsageError() {
        assertThat(CliRun.of("train", "sample-projects/xor.perceptra", "--epochs", "0").exitCode())
                .isEqualTo(Cli.EXIT_USAGE);
    }

    @Test
    void eachEpochLineShowsProgressSpeedAndTimeLeft() {
        List<String> lines = epochLines(CliRun.of("train", "sample-projects/xor.perceptra", "--epochs", "2").out());

        assertThat(lines.get(0)).startsWith("epoch 1/2  loss ").contains("val_loss", "steps/s", "ETA ");
        assertThat(lines.get(1)).startsWith("epoch 2/2").endsWith("ETA 0:00");
    }

    @Test
    void withJsonTheLastLineHoldsTheFinalFiguresOfEveryPart() throws Exception {
        CliRun run = CliRun.of("train", "sample-projects/xor.perceptra", "--epochs", "2", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = lastLineJson(run.out());
        assertThat(summary.path("epochs").asInt()).isEqualTo(2);
        assertThat(summary.path("steps").asInt()).isEqualTo(2 * 15); // 240 training samples, batches of 16
        assertThat(summary.path("stepsPerSecond").asDouble()).isPositive();
        for (String part : List.of("train", "validation", "test")) {
            assertThat(summary.path(part).path("accuracy").isNumber()).as(part).isTrue();
            assertThat(summary.path(part).path("loss").isNumber()).as(part).isTrue();
        }
        assertThat(summary.path("test").path("samples").asInt()).isEqualTo(80);
        assertThat(run.out()).contains("test: loss");
    }

    @Test
    void aRegressionProjectReportsMetricsInTheDataUnits() throws Exception {
        CliRun run = CliRun.of("train", "sample-projects/diabetes.perceptra", "--epochs", "3", "--json");

        JsonNode test = lastLineJson(run.out()).path("test");
        assertThat(test.path("loss").asDouble()).as("scaled units: about 1 for a start near the mean").isLessThan(3);
        assertThat(test.path("mae").asDouble()).as("disease progression units").isGreaterThan(20).isLessThan(200);
        assertThat(test.has("r2")).isTrue();
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        List<String> first = epochLines(CliRun.of("train", "sample-projects/two-moons.perceptra", "--epochs", "1",
                "--seed", "1").out());
        List<String> second = epochLines(CliRun.of("train", "sample-projects/two-moons.perceptra", "--epochs", "1",
                "--seed", "2").out());

        assertThat(lossOf(first.get(0))).isNotEqualTo(lossOf(second.get(0)));
    }

    @Test
    void saveStoresTheWeightsAndAppendsEachRunToTheHistory(@TempDir Path dir) throws Exception {
        Path trained = dir.resolve("xor.perceptra");
        CliRun first = CliRun.of("train", "sample-projects/xor.perceptra", "--epochs", "2", "--save",
                trained.toString(), "--json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Saved the trained weights");

        Project saved = ProjectFiles.load(trained);
        assertThat(saved.results().hasWeights()).isTrue();
        JsonNode runs = new ObjectMapper().readTree(saved.results().runsJson());
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).path("epochs")).hasSize(2);
        assertThat(runs.get(0).path("losses")).hasSize(30);
        assertThat(runs.get(0).path("settings").path("seed").asLong()).isEqualTo(42);
        assertThat(runs.get(0).path("final").path("test").path("confusion")).hasSize(2);

        CliRun again = CliRun.of("train", trained.toString(), "--epochs", "1", "--seed", "7", "--save",
                trained.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode history = new ObjectMapper().readTree(ProjectFiles.load(trained).results().runsJson());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).path("settings").path("seed").asLong()).isEqualTo(7);
    }

    @Test
    void aSaveThatCannotBeWrittenIsReportedWithExitTwo(@TempDir Path dir) {
        CliRun run = CliRun.of("train", "sample-projects/xor.perceptra", "--epochs", "1", "--save",
                dir.resolve("missing-folder").resolve("x.perceptra").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_UNREADABLE);
        assertThat(run.err()).contains("cannot write");
    }

    @Test
    void anEmptyNetworkIsRefusedInTheWindowsWords(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.perceptra");
        Project p = ProjectFiles.load(Path.of("sample-projects/xor.perceptra"));
        ProjectFiles.save(p.withGraph(NetworkGraph.empty()), file);

        CliRun run = CliRun.of("train", file.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_INVALID);
        assertThat(run.err()).startsWith("perceptra train: The network is empty");
    }

    static JsonNode lastLineJson(String out) throws Exception {
        String[] lines = out.strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    /** The figures of each line, without the speed and time left, which the clock decides. */
    private static List<String> withoutSpeed(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("\\s+[0-9.]+ steps/s.*$", "")).toList();
    }

    private static double lossOf(String line) {
        return Double.parseDouble(line.trim().split("\\s+")[3]);
    }

    private static List<String> epochLines(String out) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith("epoch")).toList();
    }

    private static double accuracyOf(String line) {
        String[] parts = line.trim().split("\\s+");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equals("accuracy")) {
                return Double.parseDouble(parts[i + 1]);
            }
        }
        throw new AssertionError("no accuracy in " + line);
    }
}
