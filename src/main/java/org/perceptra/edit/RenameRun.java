package org.perceptra.edit;

import java.util.Objects;
import org.perceptra.project.Project;
import org.perceptra.project.RunHistory;

/** Gives a recorded run a new name. A blank name is refused: the runs list and chart legends need one. */
public record RenameRun(String runId, String name) implements Edit {
    public RenameRun {
        Objects.requireNonNull(runId, "runId");
        name = name == null ? "" : name.strip();
    }

    @Override
    public String label() {
        return "Rename run to " + name;
    }

    @Override
    public Project apply(Project current) {
        if (name.isEmpty()) {
            throw new EditRefusedException("A run needs a name: type at least one letter or digit.");
        }
        RunHistory history = RunHistory.of(current);
        var run = history.find(runId);
        if (run.isEmpty()) {
            throw new EditRefusedException("There is no run " + runId + " in this project's history any more.");
        }
        if (run.get().name().equals(name)) {
            return current;
        }
        return current.withResults(current.results().withRunsJson(history.renamed(runId, name).toJson()));
    }
}
