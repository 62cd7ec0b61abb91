package org.perceptra.edit;

import java.util.Objects;
import org.perceptra.project.Project;
import org.perceptra.project.RunHistory;
import org.perceptra.project.RunRecord;

/** Removes a run from the history; undo brings it back as it was. */
public record DeleteRun(String runId, String name) implements Edit {
    public DeleteRun {
        Objects.requireNonNull(runId, "runId");
        name = name == null ? runId : name;
    }

    public static DeleteRun of(RunRecord run) {
        return new DeleteRun(run.id(), run.name());
    }

    @Override
    public String label() {
        return "Delete run " + name;
    }

    @Override
    public Project apply(Project current) {
        RunHistory history = RunHistory.of(current);
        if (history.find(runId).isEmpty()) {
            return current;
        }
        return current.withResults(current.results().withRunsJson(history.without(runId).toJson()));
    }
}
