package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
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
    void theScalersStoredWithTheWeightsAreUsedNotFittedAgain(@TempDir Path dir) throws Exception {
        Path trained = dir.resolve("diabetes.perceptra");
        JsonNode trainedTest = TrainCommandTest.lastLineJson(CliRun.of("train", "sample-projects/diabetes.perceptra",
                "--epochs", "2", "--save", trained.toString(), "--json").out()).path("test");
        JsonNode asStored = evaluatedTest(trained);
        assertThat(asStored.path("mae").asDouble()).isEqualTo(trainedTest.path("mae").asDouble());

        // Predictions are un-scaled with the stored target mean: moving it by 100 moves every prediction by 100.
        editScalers(trained, scalers -> ((ArrayNode) scalers.path("targets").path("mean"))
                .set(0, scalers.path("targets").path("mean").get(0).floatValue() + 100f));
        assertThat(evaluatedTest(trained).path("mae").asDouble())
                .isNotCloseTo(trainedTest.path("mae").asDouble(), within(10.0));
        // And features are scaled with the stored centre: moving it changes what the network sees.
        editScalers(trained, scalers -> ((ArrayNode) scalers.path("targets").path("mean"))
                .set(0, scalers.path("targets").path("mean").get(0).floatValue() - 100f));
        editScalers(trained, scalers -> ((ArrayNode) scalers.path("features").path("centre")).set(2, 5f));
        assertThat(evaluatedTest(trained).path("mae").asDouble()).isNotEqualTo(trainedTest.path("mae").asDouble());
    }

    @Test
    void weightsSavedWithoutScalersAreEvaluatedWithScalersFittedAgainAndANote(@TempDir Path dir) throws Exception {
        Path trained = dir.resolve("moons.perceptra");
        JsonNode trainedTest = TrainCommandTest.lastLineJson(CliRun.of("train", "sample-projects/two-moons.perceptra",
                "--epochs", "1", "--save", trained.toString(), "--json").out()).path("test");
        Project p = ProjectFiles.load(trained);
        ObjectNode weights = (ObjectNode) new ObjectMapper().readTree(p.results().weightsJson());
        weights.remove("scalers");
        ProjectFiles.save(p.withResults(new StoredResults(weights.toString(), p.results().runsJson())), trained);

        CliRun run = CliRun.of("evaluate", trained.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("note:", "fitted again");
        assertThat(TrainCommandTest.lastLineJson(run.out()).path("test").path("loss").asDouble())
                .isEqualTo(trainedTest.path("loss").asDouble());
    }

    private static JsonNode evaluatedTest(Path file) throws Exception {
        CliRun run = CliRun.of("evaluate", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("note:");
        return TrainCommandTest.lastLineJson(run.out()).path("test");
    }

    private static void editScalers(Path file, Consumer<ObjectNode> edit) throws Exception {
        Project p = ProjectFiles.load(file);
        ObjectNode weights = (ObjectNode) new ObjectMapper().readTree(p.results().weightsJson());
        edit.accept((ObjectNode) weights.path("scalers"));
        ProjectFiles.save(p.withResults(new StoredResults(weights.toString(), p.results().runsJson())), file);
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
