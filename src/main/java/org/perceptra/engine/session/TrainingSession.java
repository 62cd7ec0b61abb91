package org.perceptra.engine.session;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.perceptra.model.TrainingSettings;

/**
 * Runs a {@link TrainingLoop} on its own thread, one step at a time, so that start, pause, resume, step and
 * stop take effect between two steps: no caller ever waits for more than the step in progress. Commands are
 * only recorded here (under a lock); the training thread reads them before each step.
 */
public final class TrainingSession {
    private static final long EVENT_INTERVAL_NANOS = 33_000_000L; // ~30 Iterations events a second
    /** Weight snapshots, decision boundaries and regression previews: at most ~5 a second each. */
    static final long SNAPSHOT_INTERVAL_NANOS = 200_000_000L;
    /** At the end of an epoch, one comes sooner: after 50 ms (about 20 a second, the views' redraw rate). */
    static final long EPOCH_SNAPSHOT_INTERVAL_NANOS = 50_000_000L;

    private final TrainingLoop loop;
    private final int epochs;
    private final TrainingListener listener;
    private final LongSupplier nanoClock;
    private final String settingsText;
    private final long seed;
    private final Object lock = new Object();
    private final CountDownLatch ended = new CountDownLatch(1);

    private SessionState state = SessionState.NEW;
    private boolean stopRequested;
    /** Steps still allowed while paused (step one batch / one epoch); -1 while running freely. */
    private long stepBudget = -1;
    private boolean stepToEpochEnd;
    private volatile long iteration;
    /** Settings changed while paused, not yet applied by the training thread. */
    private Adjustment pendingAdjustment;
    private volatile Tunables tunables = Tunables.NONE;
    private volatile String trainedWeights;

    private final EarlyStopper earlyStopper;

    public TrainingSession(TrainingLoop loop, int epochs, String settingsText, long seed, TrainingListener listener) {
        this(loop, epochs, settingsText, seed, listener, new EarlyStopper(TrainingSettings.EarlyStopping.OFF),
                System::nanoTime);
    }

    public TrainingSession(TrainingLoop loop, TrainingSettings settings, TrainingListener listener) {
        this(loop, settings.epochs(), settings.toString(), settings.seed(), listener,
                new EarlyStopper(settings.earlyStopping()), System::nanoTime);
    }

    /** A run that continues an earlier one: {@code earlyStopper} carries on from where that run left it. */
    public TrainingSession(TrainingLoop loop, TrainingSettings settings, EarlyStopper earlyStopper,
                           TrainingListener listener) {
        this(loop, settings.epochs(), settings.toString(), settings.seed(), listener, earlyStopper, System::nanoTime);
    }

    TrainingSession(TrainingLoop loop, int epochs, String settingsText, long seed, TrainingListener listener,
                    EarlyStopper earlyStopper, LongSupplier nanoClock) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1");
        }
        this.loop = loop;
        this.epochs = epochs;
        this.settingsText = settingsText;
        this.seed = seed;
        this.listener = listener;
        this.nanoClock = nanoClock;
        this.earlyStopper = earlyStopper;
    }

    /** Starts training on a new thread; returns at once. */
    public void start() {
        startWith(-1);
    }

    /** Starts paused: nothing trains until resume or a step. */
    public void startPaused() {
        startWith(0);
    }

    private void startWith(long budget) {
        synchronized (lock) {
            if (state != SessionState.NEW) {
                throw new IllegalStateException("a session runs once; make a new one to train again");
            }
            state = budget < 0 ? SessionState.RUNNING : SessionState.PAUSED;
            stepBudget = budget;
        }
        Thread t = new Thread(this::run, "perceptra-training");
        t.setDaemon(true);
        t.start();
    }

    public void pause() {
        synchronized (lock) {
            if (state == SessionState.RUNNING) {
                state = SessionState.PAUSED;
                stepBudget = 0;
                lock.notifyAll();
            }
        }
    }

    public void resume() {
        synchronized (lock) {
            if (state == SessionState.PAUSED) {
                state = SessionState.RUNNING;
                stepBudget = -1;
                stepToEpochEnd = false;
                lock.notifyAll();
            }
        }
    }

    /** While paused: train exactly one more batch, then pause again. */
    public void stepBatch() {
        synchronized (lock) {
            if (state == SessionState.PAUSED) {
                stepBudget = Math.max(0, stepBudget) + 1;
                lock.notifyAll();
            }
        }
    }

    /** While paused: train to the end of the current epoch, then pause again. */
    public void stepEpoch() {
        synchronized (lock) {
            if (state == SessionState.PAUSED) {
                stepToEpochEnd = true;
                stepBudget = Long.MAX_VALUE;
                lock.notifyAll();
            }
        }
    }

    /**
     * While paused: changes settings that leave every shape as it is (learning rate, weight decay, dropout rate).
     * The training thread applies them at once, before the next step, and reports a
     * {@link TrainingEvent.Adjusted}; several adjustments before that are applied together.
     *
     * @throws IllegalStateException    when the run is not paused (pause first: a step in progress would mix
     *                                  old and new values)
     * @throws IllegalArgumentException with every problem, when a value cannot be used or this run has no
     *                                  such setting (dropout in a network without dropout)
     */
    public void adjust(Adjustment adjustment) {
        List<String> problems = new java.util.ArrayList<>(adjustment.problems());
        Tunables now = tunables;
        if (!now.adjustable()) {
            problems.add("This run cannot change its settings while paused.");
        }
        if (adjustment.dropoutRate() != null && !now.hasDropout()) {
            problems.add("This network has no dropout layer, so there is no dropout rate to change.");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        synchronized (lock) {
            if (state != SessionState.PAUSED) {
                throw new IllegalStateException("Settings can only be changed while the run is paused.");
            }
            pendingAdjustment = pendingAdjustment == null ? adjustment : pendingAdjustment.then(adjustment);
            lock.notifyAll();
        }
    }

    /** The values an adjustment can change, as the run uses them now ({@link Tunables#NONE} before it starts). */
    public Tunables tunables() {
        return tunables;
    }

    /** Ends the run after the step in progress. The weights keep what they learned so far. */
    public void stop() {
        synchronized (lock) {
            stopRequested = true;
            lock.notifyAll();
        }
    }

    public SessionState state() {
        synchronized (lock) {
            return state;
        }
    }

    /** Steps trained so far. */
    public long iteration() {
        return iteration;
    }

    /** Waits until the run is over; true if it ended within the time. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    private void run() {
        new SessionWorker(this).run();
    }

    // --- used by SessionWorker on the training thread ---

    TrainingLoop loop() {
        return loop;
    }

    EarlyStopper earlyStopper() {
        return earlyStopper;
    }

    int epochs() {
        return epochs;
    }

    long now() {
        return nanoClock.getAsLong();
    }

    void emit(TrainingEvent e) {
        listener.onEvent(e);
    }

    TrainingEvent.RunStarted startedEvent() {
        return new TrainingEvent.RunStarted(0, settingsText, seed, epochs, loop.batchesPerEpoch(),
                System.currentTimeMillis());
    }

    void setIteration(long i) {
        iteration = i;
    }

    long eventIntervalNanos() {
        return EVENT_INTERVAL_NANOS;
    }

    void setTunables(Tunables t) {
        tunables = t;
    }

    /**
     * Blocks while paused with no step allowed, applying adjustments as they come (outside the lock, on this
     * thread). Returns false when the run must stop. Consumes one step of the budget when stepping.
     */
    boolean awaitPermissionToStep(Runnable onPause, java.util.function.Consumer<Adjustment> onAdjust)
            throws InterruptedException {
        boolean announced = false;
        while (true) {
            Adjustment adjustment;
            synchronized (lock) {
                while (!stopRequested && stepBudget == 0 && pendingAdjustment == null) {
                    if (!announced) {
                        announced = true;
                        onPause.run();
                    }
                    lock.wait();
                }
                if (stopRequested) {
                    return false;
                }
                adjustment = pendingAdjustment;
                pendingAdjustment = null;
                if (adjustment == null) {
                    if (stepBudget > 0 && stepBudget != Long.MAX_VALUE) {
                        stepBudget--;
                    }
                    return true;
                }
            }
            onAdjust.accept(adjustment);
        }
    }

    /** After an epoch ends: an epoch step is complete, so pause again. */
    void epochBoundary() {
        synchronized (lock) {
            if (stepToEpochEnd) {
                stepToEpochEnd = false;
                stepBudget = 0;
            }
        }
    }

    void keepTrainedWeights(String weightsJson) {
        trainedWeights = weightsJson;
    }

    /**
     * The weights of a run that ended well, with the scaling they expect, as a project file stores them; empty
     * while running and after a failure.
     */
    public Optional<String> trainedWeightsJson() {
        return Optional.ofNullable(trainedWeights);
    }

    void finish(SessionState end) {
        synchronized (lock) {
            state = end;
            lock.notifyAll();
        }
        ended.countDown();
    }

    static List<String> divergenceAdvice() {
        return List.of("Lower the learning rate (try 10 times smaller).",
                "Turn on gradient clipping (clip norm 1.0).",
                "Normalise the inputs (z-score) so features have similar scales.");
    }
}
