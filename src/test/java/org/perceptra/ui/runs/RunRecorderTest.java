package org.perceptra.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.edit.Document;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.model.TrainingSettings;
import org.perceptra.project.Project;
import org.perceptra.project.RunHistory;
import org.perceptra.project.RunRecord;
import org.perceptra.ui.live.RunInfo;

/** The recorder turns a run's events into one history entry when the run ends, however it ends. */
class RunRecorderTest {
    private final Project trained = Project.empty("p").withTraining(TrainingSettings.defaults().withLearningRate(0.1));
    private final Document document = new Document(Project.empty("p"));
    private final RunRecorder recorder = new RunRecorder(document, () -> trained);

    private void steps(long first, int count, int epoch) {
        float[] losses = new float[count];
        float[] rates = new float[count];
        java.util.Arrays.fill(losses, 0.5f);
        recorder.eventsArrived(List.of(new TrainingEvent.Iterations(first, epoch, losses, rates, 100)));
    }

    @Test
    void aRunChangedWhilePausedIsRecordedWithItsChangeEpochsAndEnding() {
        recorder.runPrepared(RunInfo.NONE);
        recorder.eventsArrived(List.of(new TrainingEvent.RunStarted(0, "", 1, 3, 4, 1_700_000_000_000L)));
        steps(1, 6, 0);
        recorder.eventsArrived(List.of(new TrainingEvent.EpochEnded(4, 0, 0.6, 0.7, Map.of("accuracy", 0.5),
                Map.of("accuracy", 0.4))));
        recorder.eventsArrived(List.of(new TrainingEvent.Adjusted(6, List.of(
                new TrainingEvent.Change("learning rate", 0.1, 0.01)))));
        steps(7, 2, 1);
        recorder.eventsArrived(List.of(new TrainingEvent.EpochEnded(8, 1, 0.3, 0.35, Map.of("accuracy", 0.8),
                Map.of("accuracy", 0.75)), new TrainingEvent.RunFinished(8, 2,
                TrainingEvent.RunFinished.Reason.STOPPED, 2.0)));

        List<RunRecord> runs = RunHistory.of(document.project()).runs();
        assertThat(runs).hasSize(1);
        RunRecord r = runs.get(0);
        assertThat(r.name()).isEqualTo("Run 1 — Adam lr 0.1");
        assertThat(r.ending()).isEqualTo("stopped");
        assertThat(r.steps()).isEqualTo(8);
        assertThat(r.epochs()).extracting(RunRecord.EpochFigures::epoch).containsExactly(1, 2);
        assertThat(r.lastEpochValue("val_accuracy")).contains(0.75);
        assertThat(r.finalValue("validation", "loss")).contains(0.35);
        assertThat(r.adjustments()).containsExactly(new RunRecord.Adjustment(6, 1.5, "learning rate 0.1 → 0.01"));
        assertThat(document.undoLabel()).contains("Record run Run 1 — Adam lr 0.1");
    }

    @Test
    void aRunAbandonedByResetIsRecordedAsStoppedAndOneWithoutStepsIsNot() {
        recorder.eventsArrived(List.of(new TrainingEvent.RunStarted(0, "", 1, 3, 4, 1L)));
        recorder.runPrepared(RunInfo.NONE);
        assertThat(RunHistory.of(document.project()).runs()).isEmpty();

        recorder.eventsArrived(List.of(new TrainingEvent.RunStarted(0, "", 1, 3, 4, 2L)));
        steps(1, 3, 0);
        recorder.runPrepared(RunInfo.NONE);
        assertThat(RunHistory.of(document.project()).runs()).extracting(RunRecord::ending).containsExactly("stopped");
    }

    @Test
    void aRunOfAProjectThatWasClosedIsNotRecordedIntoTheOneOpenedSince() {
        recorder.eventsArrived(List.of(new TrainingEvent.RunStarted(0, "", 1, 3, 4, 3L)));
        steps(1, 3, 0);
        document.replace(Project.empty("other"));
        recorder.runPrepared(RunInfo.NONE);
        assertThat(RunHistory.of(document.project()).runs()).isEmpty();
    }
}
