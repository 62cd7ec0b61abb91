package org.perceptra.edit;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.perceptra.project.Project;

/**
 * The undo and redo stacks. A step keeps the whole project before and after: projects are immutable and share
 * their unchanged parts, so a snapshot costs little and undo can never drift from what the edit did.
 * Bounded, oldest dropped first, so that a long session does not keep every project it ever held.
 */
final class History {
    /** One undoable step; {@code at} is when it was last extended, for merging. */
    record Step(Edit edit, Project before, Project after, Instant at) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    History(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the undo history must keep at least 1 step, not " + limit);
        }
        this.limit = limit;
    }

    /** A new step: whatever could be redone is gone, as in every editor. */
    void record(Step step) {
        redo.clear();
        undo.push(step);
        if (undo.size() > limit) {
            undo.removeLast();
        }
    }

    Optional<Step> last() {
        return Optional.ofNullable(undo.peek());
    }

    void replaceLast(Step step) {
        undo.pop();
        undo.push(step);
    }

    void dropLast() {
        undo.pop();
    }

    /** Moves the latest step to the redo stack and returns it. */
    Optional<Step> undo() {
        Step s = undo.poll();
        if (s != null) {
            redo.push(s);
        }
        return Optional.ofNullable(s);
    }

    Optional<Step> redo() {
        Step s = redo.poll();
        if (s != null) {
            undo.push(s);
        }
        return Optional.ofNullable(s);
    }

    Optional<Step> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
