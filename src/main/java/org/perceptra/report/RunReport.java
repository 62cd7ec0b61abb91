package org.perceptra.report;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.Validator;
import org.perceptra.project.Project;
import org.perceptra.project.RunRecord;

/**
 * What one run's report shows: the project it belongs to, the run as recorded, and, for a classifier, its
 * confusion matrix (or why there is none).
 *
 * @param confusionNote shown where the matrix would be when there is none; empty when there is one
 * @param made          the report's date, in the zone it is read in
 */
public record RunReport(Project project, RunRecord run, Optional<ConfusionCounts> confusion, String confusionNote,
                        ZonedDateTime made) {
    public RunReport {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(confusion, "confusion");
        Objects.requireNonNull(made, "made");
        confusionNote = confusionNote == null ? "" : confusionNote;
    }

    /** The network as the run trained it, or the project's when the run did not record it (older files). */
    public NetworkGraph graph() {
        return run.graph() != null ? run.graph() : project.graph();
    }

    public GraphAnalysis analysis() {
        return Validator.analyze(graph(), project.dataset().source().signature());
    }
}
