package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.project.ProjectFiles;

/** {@code train FILE --resume}: a saved run continues exactly where it stopped, as if it had never stopped. */
class TrainResumeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoEpochsEqualOneSavedAndOneResumedBitForBit(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole.perceptra");
        Path half = dir.resolve("half.perceptra");
        Path resumed = dir.resolve("resumed.perceptra");
        ok(CliRun.of("train", "sample-projects/two-moons.perceptra", "--epochs", "2", "--save", whole.toString()));
        ok(CliRun.of("train", "sample-projects/two-moons.perceptra", "--epochs", "1", "--save", half.toString()));

        CliRun run = CliRun.of("train", half.toString(), "--resume", "--epochs", "1", "--save", resumed.toString());

        ok(run);
        assertThat(run.out()).contains("Continuing after epoch 1", "with the saved optimiser state");
        assertThat(tensors(resumed)).isEqualTo(tensors(whole));
        JsonNode runs = JSON.readTree(ProjectFiles.load(resumed).results().runsJson());
        assertThat(runs).hasSize(2);
        List<Double> losses = new ArrayList<>();
        runs.forEach(r -> r.path("losses").forEach(l -> losses.add(l.asDouble())));
        List<Double> oneGo = new ArrayList<>();
        JSON.readTree(ProjectFiles.load(whole).results().runsJson()).get(0).path("losses")
                .forEach(l -> oneGo.add(l.asDouble()));
        assertThat(losses).isEqualTo(oneGo);
    }

    @Test
    void aProjectWithoutWeightsStillTrainsAndSaysItStartsFresh() {
        CliRun run = CliRun.of("train", "sample-projects/xor.perceptra", "--resume", "--epochs", "1");

        ok(run);
        assertThat(run.out()).contains("holds no trained weights", "starts from fresh weights", "Done:");
    }

    @Test
    void resumeWithFoldsIsAUsageError() {
        assertThat(CliRun.of("train", "sample-projects/xor.perceptra", "--resume", "--folds", "3").exitCode())
                .isEqualTo(Cli.EXIT_USAGE);
    }

    private static void ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static List<String> tensors(Path project) throws Exception {
        List<String> out = new ArrayList<>();
        JSON.readTree(ProjectFiles.load(project).results().weightsJson()).path("tensors")
                .forEach(t -> out.add(t.path("name").asText() + "=" + t.path("values").asText()));
        return out;
    }
}
