package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.TrainingSettings;

/**
 * Files saved in each format must load for ever, to exactly the projects {@link ProjectFixtures} describes. When a
 * new format arrives, add a {@code golden/format-N} folder and keep the old ones untouched.
 */
class GoldenFilesTest {
    static Path golden(String relative) {
        try {
            return Path.of(GoldenFilesTest.class.getResource("/golden/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> names() {
        return ProjectFixtures.GOLDEN.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("names")
    void loadsToExactlyTheExpectedProject(String name) throws Exception {
        Project loaded = ProjectFiles.load(golden("format-1/" + name + ".perceptra"));

        assertThat(loaded).isEqualTo(ProjectFixtures.GOLDEN.get(name));
    }

    @ParameterizedTest
    @MethodSource("names")
    void currentFormatFilesAreWhatPerceptraWrites(String name) throws Exception {
        Path file = golden("format-" + ProjectJson.FORMAT + "/" + name + ".perceptra");

        assertThat(ProjectJson.toJson(ProjectFiles.load(file))).isEqualTo(Files.readString(file));
    }

    @Test
    void everyGoldenFileHasItsExpectedProject() throws IOException {
        try (Stream<Path> files = Files.list(golden("format-1"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString().replace(".perceptra", "")))
                    .containsExactlyInAnyOrderElementsOf(ProjectFixtures.GOLDEN.keySet());
        }
    }

    @Test
    void everyDataSourceTypeHasAGoldenFile() {
        assertThat(ProjectFixtures.GOLDEN.values().stream().map(p -> p.dataset().source().type())
                .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("generator", "bundled", "csv", "idx", "image-folder", "none");
    }

    @Test
    void sparseHandWrittenFileTakesEveryDefault() throws Exception {
        Project p = ProjectFiles.load(golden("format-1/sparse/minimal.perceptra"));

        var input = p.graph().node(NodeId.of("input"));
        var out = p.graph().node(NodeId.of("out"));
        assertThat(input.name()).isEqualTo("input");
        assertThat(input.position()).isEqualTo(Position.ORIGIN);
        assertThat(input.params()).isEqualTo(input.kind().defaults());
        assertThat(out.params().getInt("units")).isEqualTo(3);
        assertThat(out.params().getString("activation")).isEqualTo("softmax");
        assertThat(p.graph().inputsOf(out.id())).containsExactly(input.id());
        assertThat(p.dataset()).isEqualTo(DatasetSpec.none());
        assertThat(p.training()).isEqualTo(TrainingSettings.defaults());
    }

    @Test
    void fileEditedOnWindowsWithBomAndCrlfLoads() throws Exception {
        Project p = ProjectFiles.load(golden("format-1/sparse/bom-crlf.perceptra"));

        assertThat(p.name()).isEqualTo("Edited on Windows");
        assertThat(p.dataset().source()).isEqualTo(new DataSource.Bundled(org.perceptra.data.BundledDataset.IRIS, List.of()));
        assertThat(p.dataset().normalization()).isEqualTo(DatasetSpec.Normalization.ZSCORE);
        assertThat(p.training().optimizer()).isEqualTo(TrainingSettings.Optimizer.NADAM);
        assertThat(p.training().epochs()).isEqualTo(10);
    }
}
