package org.perceptra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private static final Path A = Path.of("/projects/a.perceptra");
    private static final Path B = Path.of("/projects/b.perceptra");

    @Test
    void theLastOpenedFileComesFirst() {
        RecentFiles recent = RecentFiles.none().opened(A).opened(B);
        assertThat(recent.paths()).containsExactly(B, A);
    }

    @Test
    void openingAFileAgainMovesItToTheFrontWithoutADuplicate() {
        RecentFiles recent = RecentFiles.none().opened(A).opened(B).opened(Path.of("/projects/x/../a.perceptra"));
        assertThat(recent.paths()).containsExactly(A, B);
    }

    @Test
    void theOldestFallsOffBeyondTheLimit() {
        RecentFiles recent = RecentFiles.none();
        for (int i = 0; i < RecentFiles.MAX + 3; i++) {
            recent = recent.opened(Path.of("/p/" + i + ".perceptra"));
        }
        assertThat(recent.paths()).hasSize(RecentFiles.MAX)
                .first().isEqualTo(Path.of("/p/" + (RecentFiles.MAX + 2) + ".perceptra"));
        assertThat(recent.paths()).doesNotContain(Path.of("/p/0.perceptra"), Path.of("/p/2.perceptra"));
        assertThat(IntStream.range(3, RecentFiles.MAX + 3).mapToObj(i -> Path.of("/p/" + i + ".perceptra")))
                .allMatch(recent.paths()::contains);
    }

    @Test
    void aMissingFileCanBeRemoved() {
        assertThat(RecentFiles.none().opened(A).opened(B).without(A).paths()).containsExactly(B);
    }

    @Test
    void relativePathsAreStoredAbsolute() {
        assertThat(RecentFiles.none().opened(Path.of("rel.perceptra")).paths().get(0).isAbsolute()).isTrue();
    }
}
