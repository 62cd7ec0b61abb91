package org.perceptra.ui.fx;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Executors onto the JavaFX application thread, and one background thread for slow preparation work. */
public final class FxThread {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "perceptra-fx-timer");
        t.setDaemon(true);
        return t;
    });

    private FxThread() {
    }

    /** Runs tasks later on the FX thread. */
    public static Executor executor() {
        return Platform::runLater;
    }

    /** A single daemon thread for work that must not block the FX thread (loading data, compiling). */
    public static Executor background(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} on the FX thread after {@code delayNanos} (at once when not positive). */
    public static void schedule(Runnable task, long delayNanos) {
        if (delayNanos <= 0) {
            Platform.runLater(task);
        } else {
            TIMER.schedule(() -> Platform.runLater(task), delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    public static boolean isFxThread() {
        return Platform.isFxApplicationThread();
    }
}
