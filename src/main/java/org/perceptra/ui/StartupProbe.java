package org.perceptra.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * With {@code -Dperceptra.startupProbe=true} the designer prints how long it took from the process's start to
 * its first painted frame, then quits. It is the start-time benchmark, and the packaging script runs it to
 * record which classes a start loads (for the class-data-sharing archive).
 */
final class StartupProbe {
    static final String PROPERTY = "perceptra.startupProbe";

    private StartupProbe() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call right after the window is shown; the second pulse after that has put the window on screen. */
    static void measure() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) {
                    return;
                }
                stop();
                long ms = Duration.between(started, Instant.now()).toMillis();
                System.out.printf("Perceptra: window painted %.2f s after the process started%n", ms / 1000.0);
                Platform.exit();
            }
        }.start();
    }
}
