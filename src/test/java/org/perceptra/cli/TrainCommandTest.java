package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

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

        assertThat(first).hasSize(3).isEqualTo(second);
    }

    @Test
    void zeroEpochsIsAUsageError() {
        assertThat(CliRun.of("train", "sample-projects/xor.perceptra", "--epochs", "0").exitCode())
                .isEqualTo(Cli.EXIT_USAGE);
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
