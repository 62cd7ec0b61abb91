package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quality bars of issue 3: every sample project trains to its bar with {@code train}, on its held-out test
 * part (20%, 10% for digits), with the project's own seed and settings. Thresholds are the issue's; the figures
 * measured are in the README. Those that train for more than about a minute on 2 cores are tagged slow and
 * run with {@code mvn verify -Pslow}.
 */
class SampleProjectBarsTest {
    @ParameterizedTest(name = "{0}: test {1} >= {2}")
    @CsvSource({
        "xor, accuracy, 1.0",
        "two-moons, accuracy, 0.97",
        "iris, accuracy, 0.93",
        "digits, accuracy, 0.95",
        "diabetes, r2, 0.40",
        "mnist-transfer, accuracy, 0.94"})
    void reachesItsBar(String project, String metric, double bar) throws Exception {
        assertThat(testFigure(project, metric)).isGreaterThanOrEqualTo(bar);
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0}: test {1} >= {2}")
    @CsvSource({
        "spiral, accuracy, 0.95",
        "mnist-mlp, accuracy, 0.95",
        "mnist-lenet5, accuracy, 0.97"})
    void reachesItsBarAfterLongerTraining(String project, String metric, double bar) throws Exception {
        assertThat(testFigure(project, metric)).isGreaterThanOrEqualTo(bar);
    }

    private static double testFigure(String project, String metric) throws Exception {
        CliRun run = CliRun.of("train", "sample-projects/" + project + ".perceptra", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode test = TrainCommandTest.lastLineJson(run.out()).path("test");
        assertThat(test.path(metric).isNumber()).as(project + " has a test " + metric).isTrue();
        return test.path(metric).asDouble();
    }
}
