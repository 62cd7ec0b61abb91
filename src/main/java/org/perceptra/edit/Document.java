package org.perceptra.edit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.perceptra.edit.DocumentChange.Kind;
import org.perceptra.edit.History.Step;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.Validator;
import org.perceptra.project.Project;

/**
 * The project being designed, with its undo history: the one place a project changes. Every change goes
 * through {@link #execute}, {@link #undo}, {@link #redo} or {@link #replace}, bumps the revision and tells
 * the listeners once. Not thread-safe: the designer uses it on the FX thread, the CLI on its only thread.
 */
public final class Document {
    public static final int DEFAULT_HISTORY_LIMIT = 200;
    /** Keystrokes closer than this in one field become one undo step. */
    public static final Duration DEFAULT_MERGE_WINDOW = Duration.ofMillis(1500);

    private final History history;
    private final Clock clock;
    private final Duration mergeWindow;
    private final List<Consumer<DocumentChange>> listeners = new CopyOnWriteArrayList<>();
    private Project project;
    private Project saved;
    private long revision;
    private boolean dirty;
    /** Whether the next edit may merge into the last step: only right after an edit, never after undo or save. */
    private boolean mergeOpen;
    private boolean notifying;
    private final CachedAnalysis analysis = new CachedAnalysis();

    public Document(Project initial) {
        this(initial, DEFAULT_HISTORY_LIMIT);
    }

    public Document(Project initial, int historyLimit) {
        this(initial, historyLimit, Clock.systemUTC(), DEFAULT_MERGE_WINDOW);
    }

    /** With the clock that times typing bursts; tests pass a fake one. */
    public Document(Project initial, int historyLimit, Clock clock, Duration mergeWindow) {
        this.project = Objects.requireNonNull(initial, "initial");
        this.saved = initial;
        this.history = new History(historyLimit);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mergeWindow = Objects.requireNonNull(mergeWindow, "mergeWindow");
    }

    public Project project() {
        return project;
    }

    /** Goes up by one with every change of the project; panels redraw when it differs from theirs. */
    public long revision() {
        return revision;
    }

    /**
     * Applies the edit and records it for undo.
     *
     * @return false when the edit changes nothing (then nothing is recorded and no listener hears of it)
     * @throws EditRefusedException when the edit is not allowed; project and history stay as they were
     * @throws IllegalStateException when called from a listener of this document
     */
    public boolean execute(Edit edit) {
        requireNotNotifying("make an edit");
        Project after = edit.apply(project);
        if (after.equals(project)) {
            return false;
        }
        Instant now = clock.instant();
        Optional<Step> last = history.last().filter(s -> mergeOpen && !now.isAfter(s.at().plus(mergeWindow)));
        Optional<Edit> merged = last.flatMap(s -> s.edit().mergeWith(edit));
        if (merged.isPresent()) {
            mergeInto(last.get(), merged.get(), after, now);
        } else {
            history.record(new Step(edit, project, after, now));
            mergeOpen = true;
        }
        change(after, Kind.EDITED, merged.orElse(edit).label());
        return true;
    }

    private void mergeInto(Step last, Edit merged, Project after, Instant now) {
        if (after.equals(last.before())) {
            // Typed back to the value the burst started from: the step changes nothing any more, so it goes.
            history.dropLast();
            mergeOpen = false;
        } else {
            history.replaceLast(new Step(merged, last.before(), after, now));
        }
    }

    /** Ends the current typing burst early (the field lost focus), so the next keystroke starts a new step. */
    public void commitMerge() {
        mergeOpen = false;
    }

    public boolean undo() {
        requireNotNotifying("undo");
        Optional<Step> step = history.undo();
        step.ifPresent(s -> {
            mergeOpen = false;
            change(s.before(), Kind.UNDONE, s.edit().label());
        });
        return step.isPresent();
    }

    public boolean redo() {
        requireNotNotifying("redo");
        Optional<Step> step = history.redo();
        step.ifPresent(s -> {
            mergeOpen = false;
            change(s.after(), Kind.REDONE, s.edit().label());
        });
        return step.isPresent();
    }

    public boolean canUndo() {
        return history.last().isPresent();
    }

    public boolean canRedo() {
        return history.nextRedo().isPresent();
    }

    /** The label of what Undo would undo, for "Undo Set units of dense_2 to 64". */
    public Optional<String> undoLabel() {
        return history.last().map(s -> s.edit().label());
    }

    public Optional<String> redoLabel() {
        return history.nextRedo().map(s -> s.edit().label());
    }

    /**
     * Whether the project differs from what was last saved (or opened). Compared by content, so undoing back
     * to the saved state is clean again, while a saved state that fell off the bounded history stays out of
     * reach and the document stays dirty.
     */
    public boolean isDirty() {
        return dirty;
    }

    /** The current project is now what is on disk. Also ends a typing burst: undo then returns to the saved value. */
    public void markSaved() {
        requireNotNotifying("mark the document saved");
        saved = project;
        dirty = false;
        mergeOpen = false;
        notifyListeners(new DocumentChange(revision, Kind.SAVED, "", false));
    }

    /** Opens or creates a different project: the history is cleared and the document is clean. */
    public void replace(Project opened) {
        requireNotNotifying("replace the project");
        Objects.requireNonNull(opened, "opened");
        history.clear();
        saved = opened;
        mergeOpen = false;
        change(opened, Kind.REPLACED, "");
    }

    /**
     * Shapes, counts and diagnostics of the current project, computed once per revision however many panels
     * ask.
     */
    public GraphAnalysis analysis() {
        return analysis.of(project, revision);
    }

    /** Called after every change, on the thread that made it. A listener must not change the document. */
    public void addListener(Consumer<DocumentChange> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<DocumentChange> listener) {
        listeners.remove(listener);
    }

    private void change(Project next, Kind kind, String label) {
        project = next;
        revision++;
        dirty = !next.equals(saved);
        notifyListeners(new DocumentChange(revision, kind, label, dirty));
    }

    private void notifyListeners(DocumentChange change) {
        notifying = true;
        try {
            listeners.forEach(l -> l.accept(change));
        } finally {
            notifying = false;
        }
    }

    /**
     * Scene Builder's rule: a change made while listeners hear of the previous one would reach the later
     * listeners out of order, and the history would interleave. Such a listener should queue its edit instead.
     */
    private void requireNotNotifying(String what) {
        if (notifying) {
            throw new IllegalStateException("cannot " + what + " while the document is notifying its listeners");
        }
    }

    /** The validator's answer for one revision. */
    private static final class CachedAnalysis {
        private long revision = -1;
        private GraphAnalysis value;

        GraphAnalysis of(Project project, long currentRevision) {
            if (value == null || revision != currentRevision) {
                value = Validator.analyze(project.graph(), project.dataset().source().signature());
                revision = currentRevision;
            }
            return value;
        }
    }
}
