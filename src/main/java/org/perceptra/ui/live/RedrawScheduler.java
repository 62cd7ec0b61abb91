package org.perceptra.ui.live;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Decides when one view redraws: at most once per period, never while it is off screen (then once as soon as it is
 * back), and never leaving its last change undrawn.
 *
 * <p>Redraws ride on event deliveries: a request that comes up to {@link #ALIGN_NANOS} before the period is up
 * redraws at once, so views redrawing at the same rate share frames (the software pipeline copies the whole window
 * to the screen for every frame in which anything changed, so frames cost more than the pixels they change). When
 * no further request comes, a timer draws what is left a little after the period is up.
 *
 * <p>Views that are costly to draw and need not keep up with every delivery can take {@link Turns}: then at most one
 * of them redraws per delivery (the others wait for the next), so that their costs spread over frames instead of
 * piling up in one that is late to reach the screen. All on the FX thread.
 */
final class RedrawScheduler {
    /** Half a delivery interval: a request this early is taken as on time, so the redraw keeps to deliveries. */
    static final long ALIGN_NANOS = LiveTraining.DELIVERY_NANOS / 2;
    /** How long after the period the timer waits: by then a delivery would have redrawn, were one coming. */
    static final long LATE_NANOS = LiveTraining.DELIVERY_NANOS + ALIGN_NANOS;

    /** Runs a task later on the FX thread. */
    @FunctionalInterface
    interface Timer {
        void schedule(Runnable task, long delayNanos);
    }

    /** Shared by views that take turns: at most one of them redraws per delivery. */
    static final class Turns {
        /** The turns of the views on the FX thread. */
        static final Turns FX = new Turns();

        private long lastTaken = Long.MIN_VALUE / 2;

        /** Whether no view took a turn in this delivery (within {@link #ALIGN_NANOS} before {@code now}). */
        boolean free(long now) {
            return now - lastTaken >= ALIGN_NANOS;
        }

        void take(long now) {
            lastTaken = now;
        }
    }

    /** Whether the view is on screen, and a way to hear once when it is again. */
    interface Visibility {
        boolean showing();

        /** Calls {@code then} once, after the view may have come back on screen. */
        void whenShown(Runnable then);
    }

    private final long periodNanos;
    private final LongSupplier clock;
    private final Timer timer;
    private final Visibility visibility;
    private final Runnable redraw;
    private final Turns turns;
    private long lastRedraw;
    private boolean dirty;
    private boolean timerSet;
    private boolean watching;
    private long redraws;

    RedrawScheduler(long periodNanos, LongSupplier clock, Timer timer, Visibility visibility, Runnable redraw) {
        this(periodNanos, clock, timer, visibility, redraw, null);
    }

    /** A scheduler that takes {@code turns} with the others sharing them (null: none). */
    RedrawScheduler(long periodNanos, LongSupplier clock, Timer timer, Visibility visibility, Runnable redraw,
                    Turns turns) {
        if (periodNanos < 0) {
            throw new IllegalArgumentException("period must not be negative: " + periodNanos);
        }
        this.periodNanos = periodNanos;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.redraw = Objects.requireNonNull(redraw, "redraw");
        this.turns = turns;
        this.lastRedraw = clock.getAsLong() - periodNanos;
    }

    /** A scheduler on the FX thread for a view shown by {@code node}. */
    static RedrawScheduler forNode(javafx.scene.Node node, long periodNanos, Runnable redraw) {
        return new RedrawScheduler(periodNanos, System::nanoTime, org.perceptra.ui.fx.FxThread::schedule,
                new NodeVisibility(node), redraw);
    }

    /** As {@link #forNode}, for a view that takes turns with the other costly views on the FX thread. */
    static RedrawScheduler takingTurns(javafx.scene.Node node, long periodNanos, Runnable redraw) {
        return new RedrawScheduler(periodNanos, System::nanoTime, org.perceptra.ui.fx.FxThread::schedule,
                new NodeVisibility(node), redraw, Turns.FX);
    }

    /** Something changed: redraw now if on screen and due, else as soon as both. */
    void request() {
        dirty = true;
        tryRedraw(false);
    }

    /** Something changed that the user waits to see (a new run, a click): redraw now if on screen. */
    void requestNow() {
        dirty = true;
        tryRedraw(true);
    }

    /** Whether a change is waiting to be drawn. */
    boolean pending() {
        return dirty;
    }

    /** Redraws so far. */
    long redraws() {
        return redraws;
    }

    private void tryRedraw(boolean now) {
        if (!dirty) {
            return;
        }
        if (!visibility.showing()) {
            watch();
            return;
        }
        long t = clock.getAsLong();
        long since = t - lastRedraw;
        if (now || since >= periodNanos - ALIGN_NANOS && (turns == null || turns.free(t))) {
            run();
        } else {
            // Not yet due, or another view's turn: the next delivery asks again, or else the timer does.
            retryIn(since >= periodNanos - ALIGN_NANOS ? LATE_NANOS : periodNanos - since + LATE_NANOS);
        }
    }

    private void retryIn(long delay) {
        if (!timerSet) {
            timerSet = true;
            timer.schedule(() -> {
                timerSet = false;
                tryRedraw(false);
            }, delay);
        }
    }

    private void watch() {
        if (!watching) {
            watching = true;
            visibility.whenShown(() -> {
                watching = false;
                tryRedraw(true); // back on screen: catch up at once
            });
        }
    }

    private void run() {
        dirty = false;
        lastRedraw = clock.getAsLong();
        if (turns != null) {
            turns.take(lastRedraw);
        }
        redraws++;
        redraw.run();
    }
}
