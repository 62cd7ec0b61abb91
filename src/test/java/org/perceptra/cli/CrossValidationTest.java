package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossValidationTest {
    @Test
    void irisInThreeFoldsGivesEachFoldsFiguresAndTheirMeanAndSpread() throws Exception {
        CliRun run = CliRun.of("train", "sample-projects/iris.perceptra", "--folds", "3", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = TrainCommandTest.lastLineJson(run.out());
        assertThat(summary.path("folds").asInt()).isEqualTo(3);
        JsonNode perFold = summary.path("perFold");
        assertThat(perFold).hasSize(3);
        double[] accuracies = new double[3];
        int validated = 0;
        for (int f = 0; f < 3; f++) {
            JsonNode fold = perFold.get(f);
            assertThat(fold.path("fold").asInt()).isEqualTo(f + 1);
            accuracies[f] = fold.path("validation").path("accuracy").asDouble();
            validated += fold.path("validation").path("samples").asInt();
        }
        assertThat(validated).as("the 120 samples besides the 30 held out for testing").isEqualTo(120);
        assertThat(summary.path("mean").path("accuracy").asDouble())
                .isCloseTo(Arrays.stream(accuracies).average().orElseThrow(), within(1e-12));
        assertThat(summary.path("standardDeviation").path("accuracy").asDouble())
                .isCloseTo(CrossValidation.standardDeviation(accuracies), within(1e-12));
        assertThat(summary.path("mean").path("accuracy").asDouble()).as("iris is easy").isGreaterThan(0.9);
        assertThat(run.out()).contains("fold 1/3: training on 80 samples, validating on 40", "fold 3/3 validation: loss",
                "validation over 3 folds (mean \u00b1 standard deviation): loss ");
    }

    @Test
    void theProjectsOwnFoldCountStartsCrossValidationUnlessSaving(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("iris-folds.perceptra");
        String text = Files.readString(Path.of("sample-projects/iris.perceptra"));
        assertThat(text).contains("\"folds\": 1,");
        Files.writeString(project, text.replace("\"folds\": 1,", "\"folds\": 2,"));

        CliRun run = CliRun.of("train", project.toString(), "--epochs", "3", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(TrainCommandTest.lastLineJson(run.out()).path("perFold")).hasSize(2);

        CliRun saving = CliRun.of("train", project.toString(), "--epochs", "3", "--save",
                dir.resolve("out.perceptra").toString());
        assertThat(saving.exitCode()).as(saving.err()).isZero();
        assertThat(saving.err()).contains("asks for 2-fold cross-validation");
        assertThat(saving.out()).doesNotContain("fold 1/2");
        assertThat(dir.resolve("out.perceptra")).exists();
    }

    @Test
    void theSpreadIsTheSampleStandardDeviation() {
        double[] values = {2, 4, 4, 4, 5, 5, 7, 9};

        assertThat(CrossValidation.mean(values)).isEqualTo(5.0);
        assertThat(CrossValidation.standardDeviation(values)).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(CrossValidation.standardDeviation(new double[] {0.9})).isZero();
    }

    @Test
    void foldsOutsideTwoToTwentyOrWithSaveAreUsageErrors() {
        assertThat(CliRun.of("train", "sample-projects/iris.perceptra", "--folds", "1").exitCode())
                .isEqualTo(Cli.EXIT_USAGE);
        CliRun withSave = CliRun.of("train", "sample-projects/iris.perceptra", "--folds", "3", "--save", "x.perceptra");
        assertThat(withSave.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(withSave.err()).contains("--save cannot be used with --folds");
    }
}
