package org.perceptra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.project.Project;

class AutosaverTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:00Z");

    @TempDir
    Path config;

    private final List<Runnable> queued = new ArrayList<>();
    private final List<Instant> written = new ArrayList<>();

    private RecoveryStore store() {
        return new RecoveryStore(config, 7, p -> false);
    }

    private Autosaver autosaver() {
        return new Autosaver(store(), queued::add, Clock.fixed(NOW, ZoneOffset.UTC), written::add);
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void unsavedWorkIsWrittenOncePerRevision() throws Exception {
        Autosaver a = autosaver();
        Project work = Project.empty("Work");
        a.tick(work, 3, true, null);
        a.tick(work, 3, true, null);
        assertThat(queued).hasSize(1);
        runQueued();
        assertThat(store().projectFile()).exists();
        assertThat(org.perceptra.project.ProjectFiles.load(store().projectFile())).isEqualTo(work);
        assertThat(written).containsExactly(NOW);

        a.tick(Project.empty("More work"), 4, true, null);
        runQueued();
        assertThat(org.perceptra.project.ProjectFiles.load(store().projectFile()).name()).isEqualTo("More work");
    }

    @Test
    void savedWorkNeedsNoRecoveryFile() {
        Autosaver a = autosaver();
        a.tick(Project.empty("Work"), 3, true, null);
        runQueued();
        a.tick(Project.empty("Work"), 3, false, null);
        runQueued();
        assertThat(store().projectFile()).doesNotExist();
    }

    @Test
    void aCleanDocumentWritesNothing() {
        Autosaver a = autosaver();
        a.tick(Project.empty("Clean"), 1, false, null);
        assertThat(queued).isEmpty();
        assertThat(config.resolve("recovery")).doesNotExist();
    }

    @Test
    void closingRemovesTheFileAndAWriteStillQueuedDoesNotBringItBack() {
        Autosaver a = autosaver();
        a.tick(Project.empty("Work"), 3, true, null);
        runQueued();
        a.tick(Project.empty("Work 2"), 4, true, null);
        a.close();
        runQueued();
        assertThat(store().projectFile()).doesNotExist();
        assertThat(Files.exists(config.resolve("recovery/7.json"))).isFalse();
    }
}
