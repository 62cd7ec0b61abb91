package org.perceptra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.data.FeatureScaler;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.WeightsJson;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;

/** {@code export --format nd4j} and {@code --format java} on a project trained and saved by the CLI. */
class CodeExportCommandTest {
    @TempDir
    static Path dir;
    private static Path trained;

    @BeforeAll
    static void train() {
        trained = dir.resolve("moons.perceptra");
        CliRun train = CliRun.of("train", "sample-projects/two-moons.perceptra", "--epochs", "2", "--save",
                trained.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
    }

    @Test
    void theNd4jFileLoadsInSameDiffAndAnswersOnRawFeaturesAsTheProjectDoes() throws Exception {
        Path file = dir.resolve("moons.fb");

        CliRun run = CliRun.of("export", trained.toString(), "--format", "nd4j", "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ND4J SameDiff file", "placeholder 'input'", "sd.output(Map.of(\"input\", "
                + "features), \"output\")").doesNotContain("Duplicate", "Added differentiated op");
        Project project = ProjectFiles.load(trained);
        CompiledNetwork network = GraphCompiler.compile(project.graph(), project.training());
        WeightsJson.load(project.results().weightsJson(), network);
        FeatureScaler scaler = WeightsJson.scalers(project.results().weightsJson()).orElseThrow().features();
        float[] raw = {-1.2f, 0.4f, 0.3f, 0.9f, 1.7f, -0.3f};
        float[] scaled = raw.clone();
        scaler.applyInPlace(scaled, 0, 3);

        SameDiff loaded = SameDiff.load(file.toFile(), false);
        INDArray out = loaded.output(Map.of("input", Nd4j.create(raw, new long[] {3, 2}, 'c')), List.of("output"))
                .get("output");

        assertThat(out.data().asFloat()).containsExactly(network.predict(scaled, 3),
                org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void theJavaExportWritesTheClassAndItsWeightsIntoTheFolder() throws Exception {
        Path folder = dir.resolve("generated");

        CliRun run = CliRun.of("export", trained.toString(), "--format", "java", "--out", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Exported TwoMoonsNetwork to", "needs only ND4J");
        assertThat(Files.readString(folder.resolve("TwoMoonsNetwork.java"))).contains("public final class "
                + "TwoMoonsNetwork", "public float[][] predict(float[][] features)");
        assertThat(folder.resolve("TwoMoonsNetwork.npz")).isNotEmptyFile();
    }

    @Test
    void aJavaFileNameThatIsNoClassNameIsRefusedWithAnExample() {
        CliRun run = CliRun.of("export", trained.toString(), "--format", "java", "--out",
                dir.resolve("two-moons.java").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_INVALID);
        assertThat(run.err()).contains("'two-moons.java' cannot hold a Java class", "TwoMoonsNetwork.java");
    }
}
