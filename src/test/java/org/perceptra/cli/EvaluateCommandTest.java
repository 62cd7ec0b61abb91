package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.project.StoredResults;

class EvaluateCommandTest {
    @Test
    void aTrainedProjectGivesTheTestFiguresTrainingEndedWith(@TempDir Path dir) throws Exception {
        Path trained = dir.resolve("moons.perceptra");
        CliRun train = CliRun.of("train", "sample-projects/two-moons.perceptra", "--epochs", "2", "--save",
                trained.toString(), "--json");
        JsonNode trainedTest = TrainCommandTest.lastLineJson(train.out()).path("test");

        CliRun text = CliRun.of("evaluate", trained.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("test (100 samples): loss", "Confusion matrix", "precision  recall");

        CliRun json = CliRun.of("evaluate", trained.toString(), "--json");
        JsonNode test = TrainCommandTest.lastLineJson(json.out()).path("test");
        assertThat(test.path("accuracy").asDouble()).isEqualTo(trainedTest.path("accuracy").asDouble());
        assertThat(test.path("loss").asDouble()).isEqualTo(trainedTest.path("loss").asDouble());
        assertThat(test.path("confusion")).hasSize(2);
        int counted = 0;
        for (JsonNode row : test.path("confusion")) {
            for (JsonNode v : row) {
                counted += v.asInt();
            }
        }
        assertThat(counted).isEqualTo(100);
    }

    @Test
    void aProjectWithoutWeightsIsToldHowToGetThem() {
        CliRun run = CliRun.of("evaluate", "sample-projects/xor.perceptra");

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_INVALID);
        assertThat(run.err()).contains("holds no trained weights", "perceptra train");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void weightsThatNoLongerFitTheNetworkAreRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("xor.perceptra");
        Project p = ProjectFiles.load(Path.of("sample-projects/xor.perceptra"));
        ProjectFiles.save(p.withResults(new StoredResults(
                "{\"format\": 1, \"encoding\": \"base64-float32-le\", \"tensors\": []}", null)), file);

        CliRun run = CliRun.of("evaluate", file.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_INVALID);
        assertThat(run.err()).contains("lack the tensor", "Train the project again");
    }

    @Test
    void aMissingFileExitsWithTwo() {
        assertThat(CliRun.of("evaluate", "no-such-file.perceptra").exitCode()).isEqualTo(Cli.EXIT_UNREADABLE);
    }
}
