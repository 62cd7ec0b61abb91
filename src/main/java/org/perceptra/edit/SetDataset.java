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

    @Override
    public Project apply(Project current) {
        return current.withDataset(dataset);
    }
}
