package org.perceptra.edit;

import java.util.List;
import java.util.Objects;
import org.perceptra.project.Project;

/**
 * Several edits as one undo step, all or nothing: each applies to the result of the one before, and a refusal
 * anywhere refuses the whole (projects are immutable, so there is nothing to roll back).
 */
public record CompositeEdit(String label, List<Edit> edits) implements Edit {
    public CompositeEdit {
        Objects.requireNonNull(label, "label");
        edits = List.copyOf(edits);
    }

    public static CompositeEdit of(String label, Edit... edits) {
        return new CompositeEdit(label, List.of(edits));
    }

    @Override
    public Project apply(Project current) {
        Project result = current;
        for (Edit e : edits) {
            result = e.apply(result);
        }
        return result;
    }
}
