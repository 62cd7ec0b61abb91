package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever damage a project file suffers, loading it either gives a project or a {@link ProjectFileException} with
 * a message naming the file, never another exception. And whatever loads, saves and loads back unchanged.
 */
class ProjectFileCorruptionProperties {
    private static final Path FILE = Path.of("corrupt.perceptra");
    private static final List<String> VALID = List.of(
            read("format-1/residual-digits.perceptra"),
            read("format-1/mlp-spiral.perceptra"),
            read("format-1/csv-regression.perceptra"),
            read("format-1/sparse/minimal.perceptra"));

    @Property(tries = 500)
    void corruptedFileLoadsOrIsRefusedInWords(@ForAll("corruptedFiles") String text) throws ProjectFileException {
        Project project;
        try {
            project = ProjectJson.fromJson(text, FILE);
        } catch (ProjectFileException e) {
            assertThat(e.getMessage()).startsWith("corrupt.perceptra").doesNotContain("Exception");
            assertThat(e.problem()).isNotBlank();
            return;
        }
        String saved = ProjectJson.toJson(project);
        assertThat(ProjectJson.fromJson(saved, FILE)).isEqualTo(project);
    }

    @Provide
    Arbitrary<String> corruptedFiles() {
        Arbitrary<Corruption> corruption = Combinators.combine(Arbitraries.of(Corruption.Kind.class),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0)).as(Corruption::new);
        return Combinators.combine(Arbitraries.of(VALID), corruption.list().ofMinSize(1).ofMaxSize(3))
                .as((text, damage) -> {
                    String out = text;
                    for (Corruption c : damage) {
                        out = c.apply(out);
                    }
                    return out;
                });
    }

    private static String read(String golden) {
        try {
            return Files.readString(GoldenFilesTest.golden(golden));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
