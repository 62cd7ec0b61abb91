package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;

/**
 * The transfer-learning lesson from the command line: the frozen body starts from the stored MNIST weights and
 * stays bit for bit as stored, and the new head on it beats the same head on a frozen body of random filters.
 */
class TransferTrainingTest {
    private static final String SAMPLE = "sample-projects/mnist-transfer.perceptra";

    @Test
    void theBodyStartsFromItsStoredWeightsAndBeatsARandomFrozenBody(@TempDir Path dir) throws Exception {
        Path saved = dir.resolve("trained.perceptra");
        CliRun warm = CliRun.of("train", SAMPLE, "--json", "--save", saved.toString());
        CliRun fresh = CliRun.of("train", SAMPLE, "--json", "--initial-weights", "fresh");

        assertThat(warm.exitCode()).as(warm.err()).isZero();
        assertThat(warm.out()).contains("Started from the stored weights: conv_1 (frozen), conv_2 (frozen). "
                + "New weights: output.");
        assertThat(fresh.out()).doesNotContain("Started from");
        double transferred = TrainCommandTest.lastLineJson(warm.out()).path("test").path("accuracy").asDouble();
        double random = TrainCommandTest.lastLineJson(fresh.out()).path("test").path("accuracy").asDouble();
        System.out.printf("mnist-transfer: test accuracy %.4f from MNIST's body, %.4f from a random one%n",
                transferred, random);
        assertThat(transferred).isGreaterThan(random + 0.01);

        Project before = ProjectFiles.load(Path.of(SAMPLE));
        Project after = ProjectFiles.load(saved);
        for (String tensor : new String[] {"conv_1/W", "conv_1/b", "conv_2/W", "conv_2/b"}) {
            assertThat(encoded(after.results().weightsJson(), tensor)).as(tensor)
                    .isEqualTo(encoded(before.results().weightsJson(), tensor));
        }
    }

    @Test
    void aWrongInitialWeightsChoiceIsAUsageError() {
        CliRun run = CliRun.of("train", SAMPLE, "--initial-weights", "old");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains("--initial-weights must be auto, stored or fresh");
    }

    /** The Base64 text of one stored tensor: equal text, equal bits. */
    private static String encoded(String weightsJson, String tensor) throws Exception {
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(weightsJson);
        for (var t : root.path("tensors")) {
            if (t.path("name").asText().equals(tensor)) {
                return t.path("values").asText();
            }
        }
        throw new AssertionError("no tensor " + tensor);
    }
}
