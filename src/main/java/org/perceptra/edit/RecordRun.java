package org.perceptra.edit;

import java.util.Objects;
import org.perceptra.project.Project;
import org.perceptra.project.RunHistory;
import org.perceptra.project.RunRecord;

/** Adds a finished run to the project's run history, so that saving the project keeps it. */
public record RecordRun(RunRecord run) implements Edit {
    public RecordRun {
        Objects.requireNonNull(run, "run");
    }

    @Override
    public String label() {
        return "Record run " + run.name();
    }

    @Override
    public Project apply(Project current) {
        RunHistory history = RunHistory.of(current).with(run);
        return current.withResults(current.results().withRunsJson(history.toJson()));
    }
}
