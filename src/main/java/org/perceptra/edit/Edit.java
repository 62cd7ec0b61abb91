package org.perceptra.edit;

import java.util.Optional;
import org.perceptra.project.Project;

/**
 * One user intent, such as adding a layer or changing a parameter. Edits are pure: {@link #apply} never
 * changes its argument, so undo is simply "go back to the project before", and an edit can be tried without
 * consequence (the canvas asks during a drag whether a wire is allowed).
 */
public interface Edit {
    /** What the edit does, for the Edit menu: "Set units of dense_2 to 64". */
    String label();

    /**
     * The project after this edit. Returning a project equal to {@code current} means "nothing to do"; the
     * document then records nothing.
     *
     * @throws EditRefusedException with a reason a student understands when the edit is not allowed
     */
    Project apply(Project current);

    /**
     * One edit that stands for this edit followed by {@code next}, when the two belong to one undo step (a
     * burst of typing in one field). The document decides whether they are close enough in time; the edit
     * decides only whether they are the same kind of change.
     */
    default Optional<Edit> mergeWith(Edit next) {
        return Optional.empty();
    }
}
