package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingLoop;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;
import org.perceptra.ui.fx.FxEventPump;
import org.perceptra.ui.live.LiveTraining.Phase;

/** The controller with a scripted loop and a hand-cranked "FX thread": no screen, no ND4J. */
class LiveTrainingTest {
    /** Tasks for the FX thread, run when the test says so. */
    private final ArrayDeque<Runnable> fxQueue = new ArrayDeque<>();
    private final Executor fx = task -> {
        synchronized (fxQueue) {
            fxQueue.add(task);
        }
    };
    private final List<Runnable> backgroundTasks = new ArrayList<>();
    private final List<List<TrainingEvent>> seen = new ArrayList<>();

    private void runFx() {
        while (true) {
            Runnable r;
            synchronized (fxQueue) {
                r = fxQueue.poll();
            }
            if (r == null) {
                return;
            }
            r.run();
        }
    }

    /** A loop whose loss halves each step; two batches per epoch. */
    private static TrainingLoop halving() {
        return new TrainingLoop() {
            private double loss = 1;

            @Override
            public int batchesPerEpoch() {
                return 2;
            }

            @Override
            public double trainBatch(int epoch, int batch) {
                loss /= 2;
                return loss;
            }

            @Override
            public double learningRate() {
                return 0.1;
            }

            @Override
            public EpochMetrics endEpoch(int epoch) {
                return new EpochMetrics(loss, loss, Map.of("accuracy", 0.5), Map.of());
            }

            @Override
            public void close() {
            }
        };
    }

    private static PreparedData tinyData() {
        Dataset d = Dataset.ofClasses(new float[] {0, 0, 1, 1}, Shape.of(2), new int[] {0, 1}, List.of("a", "b"));
        return PreparedData.prepare(d, DatasetSpec.of(new org.perceptra.data.DataSource.None()));
    }

    private LiveTraining controller(LiveTraining.RunFactory factory) {
        LiveTraining t = new LiveTraining(factory, backgroundTasks::add, fx,
                sink -> new FxEventPump<>(sink, (task, delay) -> fx.execute(task), System::nanoTime, 0));
        t.addObserver(new LiveTraining.Observer() {
            @Override
            public void runPrepared(RunInfo run) {
                seen.clear();
            }

            @Override
            public void eventsArrived(List<TrainingEvent> events) {
                seen.add(events);
            }
        });
        return t;
    }

    private TrainingSession[] made = new TrainingSession[1];

    private LiveTraining.RunFactory scripted(int epochs) {
        return listener -> {
            made[0] = new TrainingSession(halving(), epochs, "scripted", 1, listener);
            return new RunPreparation.Ready(made[0], tinyData(), TrainingSettings.defaults(), null);
        };
    }

    private void prepareNow() {
        List<Runnable> now = new ArrayList<>(backgroundTasks);
        backgroundTasks.clear();
        now.forEach(Runnable::run);
        runFx();
    }

    @Test
    void trainRunsToTheEndAndTheProgressFollowsTheEvents() throws Exception {
        LiveTraining t = controller(scripted(3));
        List<Phase> phases = new ArrayList<>();
        t.phaseProperty().addListener((o, was, now) -> phases.add(now));
        t.train();
        assertThat(t.phaseProperty().get()).isEqualTo(Phase.PREPARING);
        prepareNow();
        assertThat(made[0].awaitEnd(5, TimeUnit.SECONDS)).isTrue();
        runFx();

        // The scripted run can end before the test looks, so check the order the phases came in.
        assertThat(phases).containsExactly(Phase.PREPARING, Phase.RUNNING, Phase.FINISHED);
        assertThat(t.phaseProperty().get()).isEqualTo(Phase.FINISHED);
        assertThat(t.iterationProperty().get()).isEqualTo(6);
        assertThat(t.totalStepsProperty().get()).isEqualTo(6);
        assertThat(t.epochProperty().get()).isEqualTo(3);
        assertThat(seen.stream().flatMap(List::stream).filter(e -> e instanceof TrainingEvent.EpochEnded)).hasSize(3);
    }

    @Test
    void stepBatchFromIdleStartsPausedAndTrainsExactlyOneStep() throws Exception {
        LiveTraining t = controller(scripted(3));
        t.stepBatch();
        prepareNow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        // The step and the pause that follows it reach the controller as events; on a loaded machine the pause
        // can come well after the step, so wait for both, then a little longer to see no second step.
        while ((t.iterationProperty().get() < 1 || t.phaseProperty().get() != Phase.PAUSED)
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
            runFx();
        }
        Thread.sleep(100);
        runFx();

        assertThat(t.phaseProperty().get()).isEqualTo(Phase.PAUSED);
        assertThat(t.iterationProperty().get()).isEqualTo(1);
        assertThat(made[0].iteration()).isEqualTo(1);
        t.stop();
        assertThat(made[0].awaitEnd(5, TimeUnit.SECONDS)).isTrue();
        runFx();
        assertThat(t.phaseProperty().get()).isEqualTo(Phase.STOPPED);
    }

    @Test
    void continueRunsTheContinuationAndShowsWhatItContinuesFrom() throws Exception {
        LiveTraining t = controller(scripted(3));
        LiveTraining.RunFactory continued = scripted(1);
        t.setContinuation(listener -> new org.perceptra.engine.Continuation.Continued(continued.prepare(listener),
                "Continuing after epoch 3, step 6 with the saved optimiser state, for 1 epoch."));
        t.continueTraining();
        prepareNow();
        assertThat(made[0].awaitEnd(5, TimeUnit.SECONDS)).isTrue();
        runFx();

        assertThat(t.phaseProperty().get()).isEqualTo(Phase.FINISHED);
        assertThat(t.totalStepsProperty().get()).as("the continuation's own run, not Train's").isEqualTo(2);
        assertThat(t.messageProperty().get()).startsWith("Continuing after epoch 3");
        t.train();
        prepareNow();
        assertThat(t.messageProperty().get()).as("a plain Train starts afresh and says nothing of it").isEmpty();
        t.stop();
    }

    @Test
    void aRunPreparedAfterResetNeverStarts() {
        LiveTraining t = controller(scripted(3));
        t.train();
        t.resetWeights();
        prepareNow();

        assertThat(t.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(made[0].state()).isEqualTo(org.perceptra.engine.session.SessionState.NEW);
    }

    @Test
    void aRefusalIsShownInPlainWords() {
        LiveTraining t = controller(listener -> new RunPreparation.Refused(RunPreparation.Refusal.TOO_BIG,
                "This run needs about 9 GB of memory.", null));
        t.train();
        prepareNow();

        assertThat(t.phaseProperty().get()).isEqualTo(Phase.REFUSED);
        assertThat(t.messageProperty().get()).contains("9 GB");
        assertThat(t.phaseProperty().get().canStartNew()).isTrue();
    }

    @Test
    void aPreparationThatThrowsBecomesARefusalNotACrash() {
        LiveTraining t = controller(listener -> {
            throw new IllegalStateException("native library missing");
        });
        t.train();
        prepareNow();

        assertThat(t.phaseProperty().get()).isEqualTo(Phase.REFUSED);
        assertThat(t.messageProperty().get()).contains("native library missing");
    }
}
