package org.perceptra.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.perceptra.project.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when unsaved work goes to the recovery file. The window calls {@link #tick} every {@link #PERIOD}
 * with the document's state; a dirty revision not yet written is written (on the executor, as the project is
 * immutable), and a clean document removes its recovery file. A kill therefore loses at most one period.
 * {@link #tick} and {@link #close} are called from one thread (the FX thread).
 */
public final class Autosaver {
    public static final Duration PERIOD = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(Autosaver.class);
    private static final long NOTHING = Long.MIN_VALUE;

    private final RecoveryStore store;
    private final Executor executor;
    private final Clock clock;
    private final Consumer<Instant> written;
    /** Held while the recovery files change, so that closing never races a write that would bring them back. */
    private final Object files = new Object();
    private boolean closed;
    private long writtenRevision = NOTHING;

    /**
     * @param written told, on the executor's thread, when a recovery file was written
     */
    public Autosaver(RecoveryStore store, Executor executor, Clock clock, Consumer<Instant> written) {
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.written = written;
    }

    public void tick(Project project, long revision, boolean dirty, Path file) {
        if (!dirty) {
            if (writtenRevision != NOTHING) {
                writtenRevision = NOTHING;
                executor.execute(this::discard);
            }
            return;
        }
        if (revision == writtenRevision) {
            return;
        }
        writtenRevision = revision;
        Instant now = clock.instant();
        executor.execute(() -> write(project, file, now));
    }

    /**
     * The window closes cleanly (whatever was unsaved was saved or discarded on purpose): the recovery files go
     * now, on the calling thread, and no later write brings them back.
     */
    public void close() {
        synchronized (files) {
            closed = true;
            store.discard();
        }
    }

    private void discard() {
        synchronized (files) {
            store.discard();
        }
    }

    private void write(Project project, Path file, Instant now) {
        synchronized (files) {
            if (closed) {
                return;
            }
            try {
                store.save(project, file, now);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Autosave to {} failed: {}", store.projectFile(), e.getMessage());
                return;
            }
        }
        written.accept(now);
    }
}
