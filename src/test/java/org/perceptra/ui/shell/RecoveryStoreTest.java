package org.perceptra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.project.Project;

class RecoveryStoreTest {
    private static final Instant EARLIER = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-01T11:00:00Z");

    @TempDir
    Path config;

    private RecoveryStore store(long pid, long... alive) {
        return new RecoveryStore(config, pid, p -> java.util.Arrays.stream(alive).anyMatch(a -> a == p));
    }

    @Test
    void workLeftByADeadProcessIsOfferedWithItsFileAndTime() throws Exception {
        Project work = Project.empty("Lesson");
        Path original = config.resolve("lesson.perceptra");
        store(11).save(work, original, EARLIER);

        List<Recovery> found = store(22).orphans();
        assertThat(found).hasSize(1);
        Recovery r = found.get(0);
        assertThat(r.originalFile()).isEqualTo(original.toAbsolutePath());
        assertThat(r.savedAt()).isEqualTo(EARLIER);
        assertThat(r.load()).isEqualTo(work);
        assertThat(r.title()).isEqualTo("lesson.perceptra");
    }

    @Test
    void workOfARunningDesignerIsNotOffered() throws Exception {
        store(11).save(Project.empty("Busy"), null, EARLIER);
        assertThat(store(22, 11).orphans()).isEmpty();
    }

    @Test
    void ownWorkIsNotOfferedToItself() throws Exception {
        RecoveryStore own = store(11);
        own.save(Project.empty("Mine"), null, EARLIER);
        assertThat(own.orphans()).isEmpty();
    }

    @Test
    void discardRemovesOnlyOwnFiles() throws Exception {
        store(11).save(Project.empty("Other"), null, EARLIER);
        RecoveryStore own = store(22);
        own.save(Project.empty("Mine"), null, LATER);
        own.discard();
        assertThat(Files.exists(own.projectFile())).isFalse();
        assertThat(store(33).orphans()).extracting(Recovery::name).containsExactly("Other");
    }

    @Test
    void newestWorkIsOfferedFirst() throws Exception {
        store(11).save(Project.empty("Old"), null, EARLIER);
        store(12).save(Project.empty("New"), null, LATER);
        assertThat(store(22).orphans()).extracting(Recovery::name).containsExactly("New", "Old");
    }

    @Test
    void aRecoveryWithoutMetadataIsStillOffered() throws Exception {
        store(11).save(Project.empty("Bare"), null, EARLIER);
        Files.delete(config.resolve("recovery/11.json"));
        List<Recovery> found = store(22).orphans();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).load().name()).isEqualTo("Bare");
        assertThat(found.get(0).originalFile()).isNull();
    }

    @Test
    void declinedWorkIsGone() throws Exception {
        store(11).save(Project.empty("Gone"), null, EARLIER);
        store(22).orphans().forEach(Recovery::discard);
        assertThat(store(22).orphans()).isEmpty();
    }

    @Test
    void noFolderMeansNothingToRecover() {
        assertThat(store(22).orphans()).isEmpty();
    }
}
