package org.perceptra.edit;

import java.util.Objects;
import org.perceptra.data.DatasetSpec;
import org.perceptra.project.Project;

/**
 * Attaches a different dataset (or a different split or scaling). Undoable like a graph edit, because a
 * student expects Ctrl+Z to bring the previous dataset back (decision 0001).
 */
public record SetDataset(DatasetSpec dataset) implements Edit {
    public SetDataset {
        Objects.requireNonNull(dataset, "dataset");
    }

    @Override
    public String label() {
        return "Change dataset";
    }

    /** Refuses a dataset that cannot be used whatever its files hold (see {@link DatasetSpec#problem}). */
    @Override
    public Project apply(Project current) {
        dataset.problem().ifPresent(problem -> {
            throw new EditRefusedException(problem);
        });
        return current.withDataset(dataset);
    }
}
