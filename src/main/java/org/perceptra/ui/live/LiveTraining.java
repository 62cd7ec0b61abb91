package org.perceptra.ui.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.perceptra.engine.Continuation;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingListener;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.project.Project;
import org.perceptra.ui.fx.FxEventPump;
import org.perceptra.ui.fx.FxThread;

/**
 * The state of live training as the controls show it, and the commands they send. A run is prepared off the FX
 * thread (loading data and compiling can take seconds), then driven through its {@link TrainingSession}. Its
 * events come back through an {@link FxEventPump}, update the progress figures here, and go on to the observers
 * (the views) in the same batch. The run trains a copy of the design taken when it was prepared, so editing the
 * graph meanwhile changes nothing until "Reset weights" or the next Train. All methods run on the FX thread.
 */
public final class LiveTraining {
    /** Where the run is, as the buttons need to know it. */
    public enum Phase {
        IDLE, PREPARING, RUNNING, PAUSED, FINISHED, STOPPED, FAILED, REFUSED;

        /** No run is going: Train starts a new one. */
        public boolean canStartNew() {
            return this == IDLE || this == FINISHED || this == STOPPED || this == FAILED || this == REFUSED;
        }
    }

    /** Prepares a fresh run that reports to {@code listener}; called on a background thread. */
    @FunctionalInterface
    public interface RunFactory {
        RunPreparation.Outcome prepare(TrainingListener listener);
    }

    /**
     * Prepares a run that continues the project's saved one (see {@link Continuation}) and says how; called on a
     * background thread.
     */
    @FunctionalInterface
    public interface ContinueFactory {
        Continuation.Continued prepare(TrainingListener listener);
    }

    /** The views: told when a run is prepared, then given its events one frame's batch at a time. */
    public interface Observer {
        void runPrepared(RunInfo run);

        void eventsArrived(List<TrainingEvent> events);
    }

    private enum Start { RUN, STEP_BATCH, STEP_EPOCH }

    private final RunFactory factory;
    private final Executor background;
    private final Executor fx;
    private final Function<Consumer<List<TrainingEvent>>, FxEventPump<TrainingEvent>> pumps;
    private final List<Observer> observers = new ArrayList<>();

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.IDLE);
    private final LongProperty iteration = new SimpleLongProperty(this, "iteration");
    private final LongProperty totalSteps = new SimpleLongProperty(this, "totalSteps");
    private final IntegerProperty epoch = new SimpleIntegerProperty(this, "epoch");
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs");
    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty(this, "stepsPerSecond");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    /** When the design being trained was copied (Train pressed); null before the first run. */
    private final ObjectProperty<java.time.Instant> snapshotTaken = new SimpleObjectProperty<>(this, "snapshotTaken");

    private final BooleanProperty continuable = new SimpleBooleanProperty(this, "continuable");
    private ContinueFactory continueFactory;
    /** What the run being prepared continues from, in words; set on the background thread, read on the FX thread. */
    private volatile String preparedNote = "";
    private TrainingSession session;
    private FxEventPump<TrainingEvent> pump;
    private RunInfo lastRun = RunInfo.NONE;
    private int generation;

    public LiveTraining(RunFactory factory, Executor background, Executor fx,
                        Function<Consumer<List<TrainingEvent>>, FxEventPump<TrainingEvent>> pumps) {
        this.factory = factory;
        this.background = background;
        this.fx = fx;
        this.pumps = pumps;
    }

    /**
     * Events reach the views at most this often. Each delivery makes the software renderer paint and present a
     * frame; 20 a second look live, keep a step's pixels within ~100 ms, and leave the CPU to training.
     */
    static final long DELIVERY_NANOS = 50_000_000L;

    /** Runs prepared on a background thread and events delivered on the FX thread, 20 times a second at most. */
    public static LiveTraining onFxThread(RunFactory factory) {
        return new LiveTraining(factory, FxThread.background("perceptra-prepare"), FxThread.executor(),
                sink -> FxEventPump.toFxThread(sink, DELIVERY_NANOS));
    }

    /** Trains {@code project} as it is now; data paths resolve against {@code projectFolder} (null if unsaved). */
    public static LiveTraining forProject(Project project, Path projectFolder) {
        return onFxThread(listener -> RunPreparation.prepare(project.graph(), project.dataset(), project.training(),
                projectFolder, Runtime.getRuntime().maxMemory(), listener));
    }

    public void addObserver(Observer o) {
        observers.add(o);
    }

    // --- commands ---

    /** Starts a new run, or resumes a paused one. */
    public void train() {
        if (phase.get() == Phase.PAUSED) {
            resume();
        } else if (phase.get().canStartNew()) {
            prepare(Start.RUN);
        }
    }

    /** Where continuing comes from: the project's saved weights and optimiser state (see {@link #continueTraining}). */
    public void setContinuation(ContinueFactory factory) {
        this.continueFactory = factory;
    }

    /** Whether there is a saved run to continue (trained weights in the project); the owner keeps it current. */
    public BooleanProperty continuableProperty() {
        return continuable;
    }

    /**
     * Starts a run that continues from the weights and optimiser state saved in the project, exactly where that run
     * stopped; the message says what it continues from (or that it could not, and how it trains instead).
     */
    public void continueTraining() {
        ContinueFactory f = continueFactory;
        if (f != null && phase.get().canStartNew()) {
            prepare(Start.RUN, listener -> {
                Continuation.Continued c = f.prepare(listener);
                preparedNote = c.note();
                return c.outcome();
            });
        }
    }

    public void pause() {
        if (phase.get() == Phase.RUNNING) {
            session.pause();
            phase.set(Phase.PAUSED);
        }
    }

    public void resume() {
        if (phase.get() == Phase.PAUSED) {
            session.resume();
            phase.set(Phase.RUNNING);
        }
    }

    /** Trains exactly one batch, then pauses; starts a paused run first when none is going. */
    public void stepBatch() {
        if (phase.get() == Phase.PAUSED) {
            session.stepBatch();
        } else if (phase.get().canStartNew()) {
            prepare(Start.STEP_BATCH);
        }
    }

    /** Trains to the end of the current epoch, then pauses. */
    public void stepEpoch() {
        if (phase.get() == Phase.PAUSED) {
            session.stepEpoch();
        } else if (phase.get().canStartNew()) {
            prepare(Start.STEP_EPOCH);
        }
    }

    /**
     * While paused: changes the learning rate, weight decay or dropout rate from the next step on (see
     * {@link org.perceptra.engine.session.Adjustment}); the run reports the change as an event.
     *
     * @throws IllegalStateException    when no run is paused
     * @throws IllegalArgumentException with the problems in words, when a value cannot be used
     */
    public void adjust(org.perceptra.engine.session.Adjustment adjustment) {
        if (phase.get() != Phase.PAUSED || session == null) {
            throw new IllegalStateException("Settings can only be changed while the run is paused.");
        }
        session.adjust(adjustment);
    }

    /** What a paused run lets change, with the values it uses now. */
    public org.perceptra.engine.session.Tunables tunables() {
        return session == null ? org.perceptra.engine.session.Tunables.NONE : session.tunables();
    }

    /** When the design the current (or last) run trains was copied; null before the first run. */
    public ReadOnlyObjectProperty<java.time.Instant> snapshotTakenProperty() {
        return snapshotTaken;
    }

    /** Ends the run after the step in progress; the phase turns STOPPED when the run says it has. */
    public void stop() {
        if (session != null && (phase.get() == Phase.RUNNING || phase.get() == Phase.PAUSED)) {
            session.stop();
        }
    }

    /** The weights the current run ended with (completed or stopped), for saving with the project; else empty. */
    public Optional<String> trainedWeightsJson() {
        return session == null ? Optional.empty() : session.trainedWeightsJson();
    }

    /** Forgets the run and what it learned: the next Train starts from freshly initialised weights. */
    public void resetWeights() {
        discardRun();
        iteration.set(0);
        epoch.set(0);
        stepsPerSecond.set(0);
        message.set("");
        suggestions.clear();
        phase.set(Phase.IDLE);
        observers.forEach(o -> o.runPrepared(lastRun));
    }

    private void discardRun() {
        generation++;
        if (pump != null) {
            pump.close();
            pump = null;
        }
        if (session != null) {
            session.stop();
            session = null;
        }
    }

    private void prepare(Start start) {
        prepare(start, factory);
    }

    private void prepare(Start start, RunFactory using) {
        discardRun();
        preparedNote = "";
        int gen = generation;
        snapshotTaken.set(java.time.Instant.now());
        phase.set(Phase.PREPARING);
        message.set("");
        suggestions.clear();
        iteration.set(0);
        epoch.set(0);
        stepsPerSecond.set(0);
        FxEventPump<TrainingEvent> p = pumps.apply(batch -> eventsArrived(gen, batch));
        pump = p;
        background.execute(() -> {
            RunPreparation.Outcome outcome;
            try {
                outcome = using.prepare(p::offer);
            } catch (RuntimeException | Error e) {
                outcome = new RunPreparation.Refused(RunPreparation.Refusal.DOES_NOT_COMPILE,
                        "Training could not be prepared: " + e.getMessage(), null);
            }
            RunPreparation.Outcome result = outcome;
            fx.execute(() -> prepared(gen, result, start));
        });
    }

    private void prepared(int gen, RunPreparation.Outcome outcome, Start start) {
        if (gen != generation) {
            return; // reset or restarted meanwhile: this run never starts
        }
        if (outcome instanceof RunPreparation.Refused refused) {
            message.set(refused.message());
            phase.set(Phase.REFUSED);
            return;
        }
        RunPreparation.Ready ready = (RunPreparation.Ready) outcome;
        String note = preparedNote;
        if (ready.warmStart().happened() && ready.loop() != null) {
            String warm = ready.warmStart().sentence(ready.loop().network().graph());
            note = note.isEmpty() ? warm : note + " " + warm;
        }
        message.set(note);
        lastRun = RunInfo.of(ready.data());
        observers.forEach(o -> o.runPrepared(lastRun));
        session = ready.session();
        if (start == Start.RUN) {
            session.start();
            phase.set(Phase.RUNNING);
        } else {
            session.startPaused();
            phase.set(Phase.PAUSED);
            if (start == Start.STEP_BATCH) {
                session.stepBatch();
            } else {
                session.stepEpoch();
            }
        }
    }

    private void eventsArrived(int gen, List<TrainingEvent> events) {
        if (gen != generation) {
            return;
        }
        FxCosts.measure("controls: run state", () -> events.forEach(this::track));
        observers.forEach(o -> o.eventsArrived(events));
    }

    private void track(TrainingEvent e) {
        if (e instanceof TrainingEvent.RunStarted s) {
            epochs.set(s.epochs());
            totalSteps.set((long) s.epochs() * s.batchesPerEpoch());
        } else if (e instanceof TrainingEvent.Iterations it) {
            iteration.set(it.iteration());
            epoch.set(Math.min(epochs.get(), it.epoch() + 1));
            double speed = it.stepsPerSecond();
            if (Double.isFinite(speed) && it.count() > 1) {
                double old = stepsPerSecond.get();
                stepsPerSecond.set(old == 0 ? speed : 0.8 * old + 0.2 * speed);
            }
        } else if (e instanceof TrainingEvent.RunFinished f) {
            phase.set(f.reason() == TrainingEvent.RunFinished.Reason.STOPPED ? Phase.STOPPED : Phase.FINISHED);
            if (f.reason() == TrainingEvent.RunFinished.Reason.EARLY_STOPPED) {
                message.set("Stopped early after epoch " + f.epochsCompleted()
                        + ": the monitored figure had stopped improving.");
            }
        } else if (e instanceof TrainingEvent.RunFailed f) {
            message.set(f.message());
            suggestions.setAll(f.suggestions());
            phase.set(Phase.FAILED);
        }
    }

    // --- state for the controls ---

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ReadOnlyLongProperty iterationProperty() {
        return iteration;
    }

    public ReadOnlyLongProperty totalStepsProperty() {
        return totalSteps;
    }

    public ReadOnlyIntegerProperty epochProperty() {
        return epoch;
    }

    public ReadOnlyIntegerProperty epochsProperty() {
        return epochs;
    }

    public ReadOnlyDoubleProperty stepsPerSecondProperty() {
        return stepsPerSecond;
    }

    /** Why the run failed or was refused, or how it ended early; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObservableList<String> suggestions() {
        return FXCollections.unmodifiableObservableList(suggestions);
    }

    /** Seconds left at the current speed, or NaN when unknown. */
    public double etaSeconds() {
        double speed = stepsPerSecond.get();
        long left = totalSteps.get() - iteration.get();
        return speed > 0 && left >= 0 ? left / speed : Double.NaN;
    }

    /** The session of the current run, or null; for benchmarks and tests. */
    public TrainingSession session() {
        return session;
    }
}
