package org.perceptra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.Validator;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;

/** The lessons a teacher opens must load, be free of errors and fit their data. */
class SampleProjectsTest {
    private static final Path SAMPLES = Path.of("sample-projects");

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".perceptra")).sorted().toList().stream();
        }
    }

    @Test
    void everyLessonTheIssueNamesIsThere() throws IOException {
        assertThat(samples().map(p -> p.getFileName().toString().replace(".perceptra", "")))
                .containsExactlyInAnyOrder("xor", "spiral", "two-moons", "iris", "digits", "mnist-mlp", "mnist-lenet5",
                        "diabetes", "residual-block", "sequence-lstm", "mnist-transfer");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadsWithoutAnyDiagnosticAndFitsItsData(Path file) throws Exception {
        Project p = ProjectFiles.load(file);
        GraphAnalysis a = Validator.analyze(p.graph(), p.dataset().source().signature());

        assertThat(p.dataset().source().signature()).as("dataset known without loading files").isPresent();
        assertThat(a.diagnostics()).as(file + " diagnostics").isEmpty();
        assertThat(p.name()).isNotBlank();
        assertThat(p.description()).as("a lesson says what to look at").hasSizeGreaterThan(40);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void isStoredInCanonicalForm(Path file) throws Exception {
        // Saved samples diff well only if they are exactly what Perceptra itself writes.
        String text = Files.readString(file);
        Path copy = Files.createTempFile("sample", ".perceptra");
        try {
            ProjectFiles.save(ProjectFiles.load(file), copy);
            assertThat(Files.readString(copy)).isEqualTo(text);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @Test
    void leNet5HasTheTextbookParameterCount() throws Exception {
        Project p = ProjectFiles.load(SAMPLES.resolve("mnist-lenet5.perceptra"));

        assertThat(Validator.analyze(p.graph()).totalParams()).isEqualTo(61_706);
    }

    @Test
    void theTransferLessonHasAFrozenBodyWithStoredWeightsAndAFreshHead() throws Exception {
        Project p = ProjectFiles.load(SAMPLES.resolve("mnist-transfer.perceptra"));

        assertThat(p.graph().nodes().stream().filter(n -> n.frozen()).map(n -> n.id().value()))
                .containsExactly("conv_1", "conv_2");
        assertThat(p.results().weightsJson()).contains("conv_1/W", "conv_2/W").doesNotContain("output/W");
    }

    @Test
    void residualBlockReallyHasASkipConnection() throws Exception {
        Project p = ProjectFiles.load(SAMPLES.resolve("residual-block.perceptra"));
        var add = p.graph().nodes().stream().filter(n -> n.kind().id().equals("Add")).findFirst().orElseThrow();

        assertThat(p.graph().inputsOf(add.id())).hasSize(2);
        assertThat(List.copyOf(p.graph().inputsOf(add.id())).stream().map(Object::toString))
                .contains("conv_in");
    }
}
