package org.perceptra.engine.session;

import java.util.Optional;

/** The training thread's loop: one step, then events, then the next command. */
final class SessionWorker {
    private final TrainingSession session;
    private final TrainingLoop loop;
    private final IterationBuffer buffer;
    private final DivergenceRule divergence = new DivergenceRule();
    private long lastSnapshotNanos;

    SessionWorker(TrainingSession session) {
        this.session = session;
        this.loop = session.loop();
        this.buffer = new IterationBuffer(session.eventIntervalNanos(), session.now());
    }

    void run() {
        SessionState end = SessionState.FAILED;
        long started = session.now();
        int epochsDone = 0;
        long iteration = 0;
        try {
            session.emit(session.startedEvent());
            session.setTunables(loop.tunables());
            int batches = loop.batchesPerEpoch();
            divergence.start(loop.weightNorms());
            epochs:
            for (int epoch = 0; epoch < session.epochs(); epoch++) {
                for (int batch = epoch == 0 ? loop.firstBatch() : 0; batch < batches; batch++) {
                    if (!session.awaitPermissionToStep(this::flush, a -> adjust(a, session.iteration()))) {
                        end = finishStopped(iteration, epochsDone, started);
                        break epochs;
                    }
                    boolean snapshot = snapshotDue(batch == batches - 1, epoch == session.epochs() - 1);
                    if (snapshot) {
                        loop.prepareSnapshot();
                    }
                    double rate = loop.learningRate();
                    double loss = loop.trainBatch(epoch, batch);
                    iteration++;
                    session.setIteration(iteration);
                    buffer.add(iteration, epoch, loss, rate);
                    Optional<String> diverged = divergence.afterStep(loss);
                    if (diverged.isEmpty() && divergence.weightCheckDue(iteration)) {
                        diverged = divergence.checkWeights(loop.weightNorms());
                    }
                    if (diverged.isPresent()) {
                        flush();
                        session.emit(divergence.failure(iteration, diverged.get(), loop));
                        end = SessionState.FAILED;
                        break epochs;
                    }
                    emitIfDue(false);
                    if (snapshot) {
                        snapshot(iteration);
                    }
                }
                TrainingLoop.EpochMetrics m = loop.endEpoch(epoch);
                epochsDone = epoch + 1;
                emitIfDue(true);
                session.emit(new TrainingEvent.EpochEnded(iteration, epoch, m.trainLoss(), m.validationLoss(),
                        m.trainMetrics(), m.validationMetrics()));
                loop.evaluationSnapshot(iteration, epoch).ifPresent(session::emit);
                session.epochBoundary();
                if (stopsEarly(epoch, m)) {
                    finished(new TrainingEvent.RunFinished(iteration, epochsDone,
                            TrainingEvent.RunFinished.Reason.EARLY_STOPPED, seconds(started)));
                    end = SessionState.FINISHED;
                    break;
                }
                if (epochsDone == session.epochs()) {
                    finished(new TrainingEvent.RunFinished(iteration, epochsDone,
                            TrainingEvent.RunFinished.Reason.COMPLETED, seconds(started)));
                    end = SessionState.FINISHED;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end = finishStopped(iteration, epochsDone, started);
        } catch (RuntimeException | Error e) {
            flush();
            session.emit(new TrainingEvent.RunFailed(iteration, "Training stopped because of an internal error: "
                    + e.getMessage(), null, java.util.List.of("Please report this with the project file.")));
            end = SessionState.FAILED;
        } finally {
            loop.close();
            session.finish(end);
        }
    }

    /** Applies settings changed while paused, before the next step, and tells the listeners what changed. */
    private void adjust(Adjustment adjustment, long iteration) {
        java.util.List<TrainingEvent.Change> changes = loop.adjust(adjustment);
        session.setTunables(loop.tunables());
        if (!changes.isEmpty()) {
            session.emit(new TrainingEvent.Adjusted(iteration, changes));
        }
    }

    /** Early stopping: remember the best weights as they come, restore them when giving up. */
    private boolean stopsEarly(int epoch, TrainingLoop.EpochMetrics metrics) {
        EarlyStopper stopper = session.earlyStopper();
        EarlyStopper.Verdict verdict = stopper.observe(epoch, metrics);
        if (verdict == EarlyStopper.Verdict.IMPROVED && stopper.restoresBest()) {
            loop.rememberBest();
        }
        if (verdict == EarlyStopper.Verdict.STOP && stopper.restoresBest()) {
            loop.restoreBest();
        }
        return verdict == EarlyStopper.Verdict.STOP;
    }

    private SessionState finishStopped(long iteration, int epochsDone, long started) {
        flush();
        finished(new TrainingEvent.RunFinished(iteration, epochsDone, TrainingEvent.RunFinished.Reason.STOPPED,
                seconds(started)));
        return SessionState.STOPPED;
    }

    /**
     * Keeps the trained weights for whoever saves the run, then says the run ended: a listener that reacts to the
     * event finds them there already. A failed run keeps none.
     */
    private void finished(TrainingEvent.RunFinished end) {
        session.keepTrainedWeights(loop.trainedWeightsJson(session.earlyStopper().state()).orElse(null));
        session.emit(end);
    }

    /**
     * Snapshots cost a forward pass or a copy of every weight, so they are taken at most every
     * {@link TrainingSession#SNAPSHOT_INTERVAL_NANOS}, and after the last step of an epoch when at least
     * {@link TrainingSession#EPOCH_SNAPSHOT_INTERVAL_NANOS} has passed (always after the run's last step): short
     * epochs (the spiral's 12 steps, 250 epochs a second) otherwise took one after every epoch, 40% of the
     * training thread. Decided before the step, so that the loop can keep that step's gradients and update for
     * the snapshot after it.
     */
    private boolean snapshotDue(boolean epochEnd, boolean lastEpoch) {
        long now = session.now();
        long since = now - lastSnapshotNanos;
        boolean due = since >= TrainingSession.SNAPSHOT_INTERVAL_NANOS
                || (epochEnd && (lastEpoch || since >= TrainingSession.EPOCH_SNAPSHOT_INTERVAL_NANOS));
        if (!due) {
            return false;
        }
        lastSnapshotNanos = now;
        return true;
    }

    private void snapshot(long iteration) {
        loop.weightSnapshot(iteration).ifPresent(session::emit);
        loop.decisionBoundary(iteration).ifPresent(session::emit);
        loop.regressionPreview(iteration).ifPresent(session::emit);
    }

    private void emitIfDue(boolean force) {
        TrainingEvent.Iterations e = buffer.poll(session.now(), force);
        if (e != null) {
            session.emit(e);
        }
    }

    private void flush() {
        emitIfDue(true);
        buffer.restartClock(session.now());
    }

    private double seconds(long startedNanos) {
        return (session.now() - startedNanos) / 1e9;
    }
}
