package org.perceptra.ui.runs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.perceptra.edit.Document;
import org.perceptra.edit.EditRefusedException;
import org.perceptra.edit.RecordRun;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.project.Project;
import org.perceptra.project.RunHistory;
import org.perceptra.project.RunRecord;
import org.perceptra.ui.live.LiveTraining;
import org.perceptra.ui.live.RunInfo;

/**
 * Writes every run trained in the window into the project's run history when it ends: completed, stopped,
 * failed, or abandoned by "Reset weights" or a new run. It reads the run's own events (so it records exactly
 * what the charts showed) and the project the run was prepared from (the graph and settings as they were, not
 * as they are after later edits). A run that never took a step is not worth recording.
 */
public final class RunRecorder implements LiveTraining.Observer {
    private final Document document;
    private final Supplier<Project> trainedProject;
    private final Supplier<Optional<String>> trainedWeights;
    private Recording active;

    /** @param trainedProject the project the current run was prepared from (read when its first event arrives) */
    public RunRecorder(Document document, Supplier<Project> trainedProject) {
        this(document, trainedProject, Optional::empty);
    }

    /**
     * @param trainedWeights the weights of the run that just ended well (see LiveTraining#trainedWeightsJson);
     *                       stored with the run so that a saved project keeps what it learned
     */
    public RunRecorder(Document document, Supplier<Project> trainedProject,
                       Supplier<Optional<String>> trainedWeights) {
        this.document = Objects.requireNonNull(document, "document");
        this.trainedProject = Objects.requireNonNull(trainedProject, "trainedProject");
        this.trainedWeights = Objects.requireNonNull(trainedWeights, "trainedWeights");
        // A run of the project that was open before belongs to no file now: it is not recorded into the new one.
        document.addListener(change -> {
            if (change.kind() == org.perceptra.edit.DocumentChange.Kind.REPLACED) {
                active = null;
            }
        });
    }

    @Override
    public void runPrepared(RunInfo run) {
        // A new run, or Reset weights: whatever is still open was abandoned part-way.
        finish("stopped", Double.NaN);
    }

    @Override
    public void eventsArrived(List<TrainingEvent> events) {
        for (TrainingEvent e : events) {
            if (e instanceof TrainingEvent.RunStarted s) {
                active = new Recording(trainedProject.get(), s);
            } else if (active == null) {
                continue;
            } else if (e instanceof TrainingEvent.RunFinished f) {
                finish(f.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'), f.seconds());
            } else if (e instanceof TrainingEvent.RunFailed) {
                finish("failed", Double.NaN);
            } else {
                active.add(e);
            }
        }
    }

    /** Records the open run, if it trained at all; {@code seconds} NaN: measured from its start. */
    private void finish(String ending, double seconds) {
        Recording r = active;
        active = null;
        if (r == null || r.steps == 0) {
            return;
        }
        // Weights fit only the network they were trained on: after an edit to the layers or wires they are left
        // out, and the project keeps whatever weights it had.
        String weights = "failed".equals(ending) || !r.project.graph().equals(document.project().graph()) ? null
                : trainedWeights.get().orElse(null);
        try {
            document.execute(new RecordRun(r.toRecord(RunHistory.of(document.project()), ending, seconds), weights));
        } catch (EditRefusedException e) {
            // Cannot happen for an append; a history that cannot take it is no reason to disturb the student.
        }
    }

    /** One run's figures as they arrive. */
    private static final class Recording {
        private final Project project;
        private final TrainingEvent.RunStarted start;
        private final List<RunRecord.EpochFigures> epochs = new ArrayList<>();
        private final List<RunRecord.Adjustment> adjustments = new ArrayList<>();
        private float[] losses = new float[256];
        private long steps;
        private TrainingEvent.EpochEnded lastEpoch;

        Recording(Project project, TrainingEvent.RunStarted start) {
            this.project = project;
            this.start = start;
        }

        void add(TrainingEvent e) {
            if (e instanceof TrainingEvent.Iterations it) {
                for (float l : it.losses()) {
                    if (steps == losses.length) {
                        losses = Arrays.copyOf(losses, losses.length * 2);
                    }
                    losses[(int) steps++] = l;
                }
            } else if (e instanceof TrainingEvent.EpochEnded end) {
                lastEpoch = end;
                epochs.add(new RunRecord.EpochFigures(end.epoch() + 1, figures(end)));
            } else {
                adjustment(e);
            }
        }

        /** Changes made while paused (issue 5), when the engine reports them. */
        private void adjustment(TrainingEvent e) {
            RunAdjustments.describe(e, start.batchesPerEpoch()).ifPresent(adjustments::add);
        }

        private static Map<String, Double> figures(TrainingEvent.EpochEnded e) {
            Map<String, Double> v = new LinkedHashMap<>();
            v.put("loss", e.trainLoss());
            if (!Double.isNaN(e.validationLoss())) {
                v.put("val_loss", e.validationLoss());
            }
            v.putAll(e.trainMetrics());
            e.validationMetrics().forEach((k, x) -> v.put("val_" + k, x));
            return v;
        }

        RunRecord toRecord(RunHistory history, String ending, double seconds) {
            Instant started = Instant.ofEpochMilli(start.startedAtMillis());
            double took = Double.isNaN(seconds) ? (System.currentTimeMillis() - start.startedAtMillis()) / 1000.0
                    : seconds;
            return new RunRecord("run-" + start.startedAtMillis(), history.nextName(project.training()), started,
                    project.training(), ending, epochs.size(), steps, took, epochs,
                    Arrays.copyOf(losses, (int) steps), finals(), adjustments, project.graph());
        }

        /** The last epoch's figures of each part: what the run ended with. */
        private Map<String, Map<String, Double>> finals() {
            Map<String, Map<String, Double>> out = new LinkedHashMap<>();
            if (lastEpoch == null) {
                return out;
            }
            Map<String, Double> train = new LinkedHashMap<>(lastEpoch.trainMetrics());
            train.put("loss", lastEpoch.trainLoss());
            out.put("train", train);
            if (!Double.isNaN(lastEpoch.validationLoss())) {
                Map<String, Double> val = new LinkedHashMap<>(lastEpoch.validationMetrics());
                val.put("loss", lastEpoch.validationLoss());
                out.put("validation", val);
            }
            return out;
        }
    }
}
