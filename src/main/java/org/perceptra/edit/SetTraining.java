package org.perceptra.edit;

import java.util.List;
import java.util.Objects;
import org.perceptra.model.TrainingSettings;
import org.perceptra.project.Project;

/**
 * Replaces the training settings. Out-of-range settings may exist in a loaded file, but an edit never
 * introduces them: it is refused with every problem listed, so the student fixes them all at once.
 */
public record SetTraining(TrainingSettings training) implements Edit {
    public SetTraining {
        Objects.requireNonNull(training, "training");
    }

    @Override
    public String label() {
        return "Change training settings";
    }

    @Override
    public Project apply(Project current) {
        List<String> problems = training.problems();
        if (!problems.isEmpty()) {
            throw new EditRefusedException("These training settings cannot be used: " + String.join("; ", problems));
        }
        return current.withTraining(training);
    }
}
