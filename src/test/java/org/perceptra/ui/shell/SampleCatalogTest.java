package org.perceptra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.perceptra.project.ProjectFiles;

class SampleCatalogTest {
    @Test
    void everySampleProjectShipsOnTheClassPathAndLoads() throws Exception {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("sample-projects"))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".perceptra")).toList();
        }
        List<SampleCatalog.Sample> samples = SampleCatalog.load();
        assertThat(samples).extracting(SampleCatalog.Sample::fileName).containsExactlyInAnyOrderElementsOf(onDisk);
        for (SampleCatalog.Sample s : samples) {
            assertThat(s.project()).isEqualTo(ProjectFiles.load(Path.of("sample-projects", s.fileName())));
        }
    }

    @Test
    void samplesComeInLessonOrder() {
        // xor says "Lesson 1", spiral "Lesson 2", two-moons "Lesson 3", sequence-lstm "Lesson 10" (not after "1"), mnist-transfer "Lesson 11".
        assertThat(SampleCatalog.load()).extracting(SampleCatalog.Sample::fileName)
                .startsWith("xor.perceptra", "spiral.perceptra", "two-moons.perceptra")
                .endsWith("sequence-lstm.perceptra", "mnist-transfer.perceptra");
    }
}
