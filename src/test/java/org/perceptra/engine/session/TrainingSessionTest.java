package org.perceptra.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {
    private final List<TrainingEvent> events = new CopyOnWriteArrayList<>();
    private final RunLog log = new RunLog();

    private TrainingSession session(TrainingLoop loop, int epochs) {
        return new TrainingSession(loop, epochs, "test", 7, e -> {
            events.add(e);
            log.onEvent(e);
        });
    }

    @Test
    void runsEveryStepOfEveryEpochAndLogsEachLossInOrder() throws Exception {
        ScriptedLoop loop = ScriptedLoop.falling(10, 0);
        TrainingSession s = session(loop, 3);

        s.start();

        assertThat(s.awaitEnd(10, TimeUnit.SECONDS)).isTrue();
        assertThat(s.state()).isEqualTo(SessionState.FINISHED);
        float[] losses = log.losses();
        assertThat(losses).hasSize(30);
        for (int i = 0; i < 30; i++) {
            assertThat(losses[i]).isEqualTo((float) (1.0 / (1 + i)));
        }
        assertThat(log.epochs()).extracting(TrainingEvent.EpochEnded::epoch).containsExactly(0, 1, 2);
        assertThat(events.get(0)).isInstanceOf(TrainingEvent.RunStarted.class);
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(TrainingEvent.RunFinished.class,
                f -> assertThat(f.reason()).isEqualTo(TrainingEvent.RunFinished.Reason.COMPLETED));
        assertThat(loop.closed).isTrue();
    }

    @Test
    void pauseStopsTheStepCounterAndStepBatchAdvancesItByOne() throws Exception {
        TrainingSession s = session(ScriptedLoop.falling(1000, 2), 5);
        s.start();
        waitUntil(() -> s.iteration() >= 5);

        s.pause();
        long settled = settledIteration(s);
        Thread.sleep(100);
        assertThat(s.iteration()).isEqualTo(settled);
        assertThat(s.state()).isEqualTo(SessionState.PAUSED);

        s.stepBatch();
        waitUntil(() -> s.iteration() == settled + 1);
        Thread.sleep(50);
        assertThat(s.iteration()).isEqualTo(settled + 1);

        s.resume();
        waitUntil(() -> s.iteration() > settled + 5);
        s.stop();
        assertThat(s.awaitEnd(5, TimeUnit.SECONDS)).isTrue();
        assertThat(s.state()).isEqualTo(SessionState.STOPPED);
    }

    @Test
    void stepEpochTrainsToTheEndOfTheEpochThenPauses() throws Exception {
        TrainingSession s = session(ScriptedLoop.falling(20, 0), 3);
        s.startPaused();
        Thread.sleep(50);
        assertThat(s.iteration()).isZero();

        s.stepEpoch();
        waitUntil(() -> log.epochs().size() == 1);
        Thread.sleep(50);

        assertThat(s.iteration()).isEqualTo(20);
        assertThat(s.state()).isEqualTo(SessionState.PAUSED);
        s.stop();
        assertThat(s.awaitEnd(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void stopAnswersWithinAStepAndReportsStopped() throws Exception {
        ScriptedLoop loop = ScriptedLoop.falling(1_000_000, 1);
        TrainingSession s = session(loop, 1);
        s.start();
        waitUntil(() -> s.iteration() > 3);

        long before = System.nanoTime();
        s.stop();
        assertThat(s.awaitEnd(2, TimeUnit.SECONDS)).isTrue();

        assertThat((System.nanoTime() - before) / 1e6).as("ms to stop").isLessThan(500);
        assertThat(log.ending()).isInstanceOfSatisfying(TrainingEvent.RunFinished.class,
                f -> assertThat(f.reason()).isEqualTo(TrainingEvent.RunFinished.Reason.STOPPED));
        assertThat(loop.closed).isTrue();
    }

    @Test
    void aNonFiniteLossStopsTheRunWithAnExplanation() throws Exception {
        ScriptedLoop loop = new ScriptedLoop(10, 0, step -> step < 12 ? 1.0 : Double.NaN);
        TrainingSession s = session(loop, 5);

        s.start();

        assertThat(s.awaitEnd(5, TimeUnit.SECONDS)).isTrue();
        assertThat(s.state()).isEqualTo(SessionState.FAILED);
        assertThat(log.ending()).isInstanceOfSatisfying(TrainingEvent.RunFailed.class, f -> {
            assertThat(f.message()).contains("step 13", "NaN", "dense_2");
            assertThat(f.node()).isEqualTo("dense_2");
            assertThat(f.suggestions()).anyMatch(t -> t.contains("learning rate"));
        });
        assertThat(log.losses()).hasSize(13);
        assertThat(loop.closed).isTrue();
    }

    @Test
    void anExceptionInTheLoopBecomesAFailedRunNotACrash() throws Exception {
        TrainingSession s = session(new ScriptedLoop(10, 0, step -> {
            throw new IllegalStateException("boom");
        }), 1);

        s.start();

        assertThat(s.awaitEnd(5, TimeUnit.SECONDS)).isTrue();
        assertThat(s.state()).isEqualTo(SessionState.FAILED);
        assertThat(((TrainingEvent.RunFailed) log.ending()).message()).contains("boom");
    }

    @Test
    void listenersGetAboutThirtyIterationEventsASecondButEveryLoss() throws Exception {
        TrainingSession s = session(ScriptedLoop.falling(200_000, 0), 1);
        long start = System.nanoTime();

        s.start();
        assertThat(s.awaitEnd(30, TimeUnit.SECONDS)).isTrue();

        double seconds = (System.nanoTime() - start) / 1e9;
        long iterationEvents = events.stream().filter(TrainingEvent.Iterations.class::isInstance).count();
        assertThat(iterationEvents).isLessThanOrEqualTo((long) Math.ceil(seconds * 31) + 2);
        assertThat(log.losses()).hasSize(200_000);
    }

    /** A loop whose steps each take {@code stepMillis} of a fake clock, recording the steps it snapshots after. */
    private static final class ClockedLoop extends ScriptedLoop {
        final java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        final List<Long> snapshotSteps = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<Long> snapshotTimes = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final long stepNanos;

        ClockedLoop(int batches, long stepMillis) {
            super(batches, 0, step -> 1.0);
            this.stepNanos = stepMillis * 1_000_000L;
        }

        @Override
        public double trainBatch(int epoch, int batch) {
            clock.addAndGet(stepNanos);
            return super.trainBatch(epoch, batch);
        }

        @Override
        public java.util.Optional<TrainingEvent.WeightSnapshot> weightSnapshot(long iteration) {
            snapshotSteps.add(iteration);
            snapshotTimes.add(clock.get());
            return java.util.Optional.of(new TrainingEvent.WeightSnapshot(iteration, List.of()));
        }
    }

    private TrainingSession clocked(ClockedLoop loop, int epochs) {
        return new TrainingSession(loop, epochs, "test", 7, e -> {
            events.add(e);
            log.onEvent(e);
        }, new EarlyStopper(org.perceptra.model.TrainingSettings.EarlyStopping.OFF), loop.clock::get);
    }

    @Test
    void longEpochsGetASnapshotAtEachEndAndAtMostFiveASecondBetween() throws Exception {
        ClockedLoop loop = new ClockedLoop(300, 1); // 0.3 s epochs
        TrainingSession s = clocked(loop, 4);
        s.start();
        assertThat(s.awaitEnd(30, TimeUnit.SECONDS)).isTrue();

        assertThat(loop.snapshotSteps).contains(300L, 600L, 900L, 1200L);
        assertThat(loop.snapshotSteps.size()).isLessThanOrEqualTo(1 + 1200 / 200 + 4);
        assertThat(events.stream().filter(TrainingEvent.WeightSnapshot.class::isInstance).count())
                .isEqualTo(loop.snapshotSteps.size());
    }

    @Test
    void shortEpochsDoNotGetOneSnapshotEachButTheRunsLastStepDoes() throws Exception {
        ClockedLoop loop = new ClockedLoop(12, 1); // the spiral's 12-step epochs, 83 a second
        TrainingSession s = clocked(loop, 100);
        s.start();
        assertThat(s.awaitEnd(30, TimeUnit.SECONDS)).isTrue();

        // 1.2 s of training: the first step, one each 200 ms, epoch ends at least 50 ms apart, and the last step
        assertThat(loop.snapshotSteps).contains(1200L).hasSizeBetween(1200 / 200, 2 + 1200 / 50);
        for (int i = 1; i < loop.snapshotTimes.size() - 1; i++) {
            assertThat(loop.snapshotTimes.get(i) - loop.snapshotTimes.get(i - 1)).as("gap before snapshot %d", i)
                    .isGreaterThanOrEqualTo(50_000_000L);
        }
    }

    @Test
    void aSessionRunsOnlyOnce() {
        TrainingSession s = session(ScriptedLoop.falling(1, 0), 1);
        s.start();

        assertThatThrownBy(s::start).isInstanceOf(IllegalStateException.class);
    }

    private static long settledIteration(TrainingSession s) throws InterruptedException {
        long last = -1;
        while (last != s.iteration()) {
            last = s.iteration();
            Thread.sleep(20);
        }
        return last;
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(2);
        }
    }
}
