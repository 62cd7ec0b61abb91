package org.perceptra.edit;

import java.util.Objects;
import org.perceptra.project.Project;
import org.perceptra.project.RunHistory;
import org.perceptra.project.StoredResults;
import org.perceptra.project.RunRecord;

/**
 * Adds a finished run to the project's run history, and its trained weights when given (null: the weights stay
 * as they were), so that saving the project keeps both.
 */
public record RecordRun(RunRecord run, String weightsJson) implements Edit {
    public RecordRun {
        Objects.requireNonNull(run, "run");
    }

    public RecordRun(RunRecord run) {
        this(run, null);
    }

    @Override
    public String label() {
        return "Record run " + run.name();
    }

    @Override
    public Project apply(Project current) {
        RunHistory history = RunHistory.of(current).with(run);
        StoredResults results = current.results().withRunsJson(history.toJson());
        if (weightsJson != null) {
            results = new StoredResults(weightsJson, results.runsJson());
        }
        return current.withResults(results);
    }
}
