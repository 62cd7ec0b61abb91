package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails at any point leaves the previous file byte for byte as it was, and no debris. */
class AtomicSaveTest {
    @TempDir
    Path dir;
    Path file;
    byte[] before;

    @BeforeEach
    void saveAFirstVersion() throws IOException {
        file = dir.resolve("lesson.perceptra");
        ProjectFiles.save(ProjectFixtures.mlpSpiral(), file);
        before = Files.readAllBytes(file);
    }

    private void assertUntouched() throws IOException {
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void writerFailingHalfWayLeavesTheOldFile() throws IOException {
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("{\"format\": 1, \"name\": \"half".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertUntouched();
    }

    @Test
    void writerCrashingWithABugLeavesTheOldFile() throws IOException {
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertUntouched();
    }

    @Test
    void serialisationFailingMidWayLeavesTheOldFile() throws IOException {
        // The design part is written first; the malformed weights fail the writer in the middle of the file.
        Project broken = ProjectFixtures.residualDigits().withResults(new StoredResults("{\"w\": [1, 2", null));

        assertThatThrownBy(() -> ProjectFiles.save(broken, file)).isInstanceOf(IOException.class);

        assertUntouched();
    }

    @Test
    void valueNoFileCanHoldIsRefusedAndLeavesTheOldFile() throws IOException {
        Project nan = ProjectFixtures.mlpSpiral().withTraining(ProjectFixtures.mlpSpiral().training().withLearningRate(Double.NaN));

        assertThatThrownBy(() -> ProjectFiles.save(nan, file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("training.learningRate is NaN; only finite numbers can be saved");

        assertUntouched();
    }

    @Test
    void unwritableFolderFailsAndLeavesTheOldFile() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(dir)).as("running as root, permissions do not apply").isFalse();

            assertThatThrownBy(() -> ProjectFiles.save(ProjectFixtures.residualDigits(), file))
                    .isInstanceOf(IOException.class);

            assertUntouched();
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void folderInTheWayIsNotReplaced() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.perceptra"));

        assertThatThrownBy(() -> ProjectFiles.save(ProjectFixtures.mlpSpiral(), folder))
                .isInstanceOf(IOException.class).hasMessageContaining("is a folder");

        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void permissionsOfTheOldFileAreKept() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        ProjectFiles.save(ProjectFixtures.residualDigits(), file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void savingThroughALinkUpdatesTheFileItPointsTo() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.perceptra"), file);

        ProjectFiles.save(ProjectFixtures.residualDigits(), link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(ProjectFiles.load(file)).isEqualTo(ProjectFixtures.residualDigits());
    }
}
