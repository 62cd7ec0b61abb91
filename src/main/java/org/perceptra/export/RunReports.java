package org.perceptra.export;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.perceptra.engine.CompileException;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.EvaluationReport;
import org.perceptra.engine.NetworkData;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.Scalers;
import org.perceptra.engine.TrainingArrays;
import org.perceptra.engine.WeightsJson;
import org.perceptra.project.Project;
import org.perceptra.project.RunHistory;
import org.perceptra.project.RunRecord;
import org.perceptra.report.ConfusionCounts;
import org.perceptra.report.RunReport;

/**
 * Gathers what a run's report needs, for the window and the command line alike. The confusion matrix of a
 * classifier is computed from the weights saved in the project when they are this run's (the latest run, not
 * failed, same network): that gives class names and works for runs trained in the window, which record no
 * matrix. Otherwise the matrix {@code train --save} stored with the run is used, with numbered classes; failing
 * both, the report says why there is none.
 */
public final class RunReports {
    private RunReports() {
    }

    /**
     * @param projectFolder where relative data paths resolve (the project file's folder); null for none
     * @throws IllegalArgumentException when the project has no run {@code runId}
     */
    public static RunReport of(Project project, String runId, Path projectFolder, ZonedDateTime made) {
        RunHistory history = RunHistory.of(project);
        RunRecord run = history.find(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        if (!classification(run)) {
            return new RunReport(project, run, Optional.empty(), "", made);
        }
        String whyNot;
        if (weightsAreFrom(run, project, history)) {
            Computed c = compute(project, projectFolder);
            if (c.counts() != null) {
                return new RunReport(project, run, Optional.of(c.counts()), "", made);
            }
            whyNot = c.problem();
        } else {
            whyNot = "The weights saved in the project are not this run's (only the latest run's weights are kept).";
        }
        for (String part : List.of("test", "validation")) {
            Optional<int[][]> stored = history.storedConfusion(run.id(), part);
            if (stored.isPresent()) {
                ConfusionCounts counts = new ConfusionCounts(part, ConfusionCounts.numbered(stored.get().length),
                        stored.get(), "as recorded when the run ended");
                return new RunReport(project, run, Optional.of(counts), "", made);
            }
        }
        return new RunReport(project, run, Optional.empty(), "No confusion matrix for this run. " + whyNot, made);
    }

    /** The latest run, or empty for a project never trained. */
    public static Optional<RunRecord> latest(Project project) {
        List<RunRecord> runs = RunHistory.of(project).runs();
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    /** A run of this name (or id), the last one when several share it. */
    public static Optional<RunRecord> named(Project project, String name) {
        List<RunRecord> runs = RunHistory.of(project).runs();
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).name().equals(name) || runs.get(i).id().equals(name)) {
                return Optional.of(runs.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean classification(RunRecord run) {
        return run.finals().values().stream().anyMatch(f -> f.containsKey("accuracy"))
                || run.epochs().stream().anyMatch(e -> e.values().containsKey("accuracy"));
    }

    private static boolean weightsAreFrom(RunRecord run, Project project, RunHistory history) {
        List<RunRecord> runs = history.runs();
        return project.results().hasWeights() && runs.get(runs.size() - 1).id().equals(run.id())
                && !"failed".equals(run.ending()) && (run.graph() == null || run.graph().equals(project.graph()));
    }

    private record Computed(ConfusionCounts counts, String problem) {
    }

    /** Evaluates the saved weights on the part held out from training (test, else validation), as evaluate does. */
    private static Computed compute(Project project, Path folder) {
        RunPreparation.Check check = RunPreparation.check(project.graph(), project.dataset(), project.training(),
                folder, Runtime.getRuntime().maxMemory());
        if (check instanceof RunPreparation.Refused refused) {
            return new Computed(null, refused.message());
        }
        RunPreparation.Checked checked = (RunPreparation.Checked) check;
        try {
            CompiledNetwork network = checked.compile();
            WeightsJson.load(project.results().weightsJson(), network);
            Optional<Scalers> scalers = WeightsJson.scalers(project.results().weightsJson());
            NetworkData data = scalers.isPresent()
                    ? NetworkData.of(checked.split(scalers.get().features()), network, scalers.get().targets())
                    : NetworkData.of(checked.split(), network);
            String part = data.test().isPresent() ? "test" : data.validation().isPresent() ? "validation" : "train";
            TrainingArrays arrays = data.test().or(data::validation).orElse(data.train());
            EvaluationReport report = data.evaluate(network, arrays);
            if (!report.isClassification()) {
                return new Computed(null, "The network is not a classifier.");
            }
            List<String> names = report.classes().stream().map(EvaluationReport.ClassFigures::name).toList();
            return new Computed(new ConfusionCounts(part, names, report.confusion(),
                    "computed from the weights saved in the project"), null);
        } catch (CompileException | IllegalArgumentException e) {
            return new Computed(null, Objects.requireNonNullElse(e.getMessage(), "The saved weights do not fit.")
                    + ".");
        }
    }
}
