package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading from disk: files that are missing, folders, unreadable or absurdly large are refused in plain words. */
class ProjectFilesTest {
    @TempDir
    Path dir;

    private ProjectFileException loadFails(Path file) {
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> ProjectFiles.load(file));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(file.getFileName().toString()).doesNotContain("Exception");
        return e;
    }

    @Test
    void missingFileIsNamed() {
        assertThat(loadFails(dir.resolve("nowhere.perceptra")).getMessage())
                .isEqualTo("nowhere.perceptra: there is no such file");
    }

    @Test
    void folderIsNotAProject() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("lesson.perceptra"));

        assertThat(loadFails(folder).problem()).isEqualTo("this is a folder, not a project file");
    }

    @Test
    void unreadableFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.perceptra"), "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("running as root, permissions do not apply").isFalse();

        assertThat(loadFails(file).problem()).isEqualTo("Perceptra is not allowed to read this file");
    }

    @Test
    void hugeFileIsRefusedUnread() throws IOException {
        Path file = dir.resolve("huge.perceptra");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ProjectFiles.MAX_FILE_BYTES + 1L);
        }

        assertThat(loadFails(file).problem()).startsWith("the file is 256 MB, but project files are at most 256 MB");
    }

    @Test
    void syntaxErrorsInAFileNameItAndTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.perceptra"), "{\"format\": 1,\n\"graph\": {\"nodes\": [");

        ProjectFileException e = loadFails(file);

        assertThat(e.getMessage()).startsWith("cut.perceptra, line 2, column ").contains("cut off");
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("spiral.perceptra");

        ProjectFiles.save(ProjectFixtures.mlpSpiral(), file);
        ProjectFiles.save(ProjectFixtures.residualDigits(), file);

        assertThat(ProjectFiles.load(file)).isEqualTo(ProjectFixtures.residualDigits());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
