package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void validProjectPrintsTableAndExitsZero() {
        CliRun run = CliRun.of("validate", "sample-projects/mnist-lenet5.perceptra");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_OK);
        assertThat(run.out()).contains("Node", "Output shape", "conv_1", "[6, 28, 28]", "61,706",
                "No problems found");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void projectWithErrorsListsThemWithFixesAndExitsOne() throws IOException {
        Path file = write("broken.perceptra", """
                {"format": 1, "name": "Broken",
                 "graph": {"nodes": [
                   {"id": "input", "kind": "Input", "params": {"shape": [1, 28, 28]}},
                   {"id": "dense_1", "kind": "Dense", "params": {"units": 10}},
                   {"id": "output", "kind": "Output", "params": {"units": 10}}],
                  "connections": [{"from": "input", "to": "dense_1"}, {"from": "dense_1", "to": "output"}]}}
                """);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_INVALID);
        assertThat(run.out()).contains("dense_1", "error", "image [1, 28, 28]", "Fix:", "Flatten");
    }

    @Test
    void malformedFileIsReportedInOneLineWithPlaceAndExitsTwo() throws IOException {
        Path file = write("truncated.perceptra", "{\"format\": 1, \"graph\": {\"nodes\": [");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_UNREADABLE);
        assertThat(run.err()).contains("truncated.perceptra", "line 1").doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingFileExitsTwoNamingIt() {
        CliRun run = CliRun.of("validate", dir.resolve("nowhere.perceptra").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_UNREADABLE);
        assertThat(run.err()).contains("nowhere.perceptra").doesNotContain("\tat ");
    }

    @Test
    void missingArgumentIsAUsageError() {
        CliRun run = CliRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains("Missing required parameter");
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("validate", "summary", "bench", "Exit codes", "64");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"validate", "summary", "train", "layers", "bench"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: perceptra " + command);
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(Cli.EXIT_USAGE);
    }

    @Test
    void benchRefusesATinyGraph() {
        CliRun run = CliRun.of("bench", "model", "--nodes", "3");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains("--nodes");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
