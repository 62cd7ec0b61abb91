package org.perceptra.ui.live;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Redraws a view built of nodes at most every {@link ChartView#MIN_REDRAW_NANOS}, and not at all while it is off
 * screen (another view of its dock is shown): then once when it comes back. Short runs can end an epoch many
 * times a frame; rebuilding a hundred cells for each would cost the software renderer more than it shows.
 */
final class RedrawThrottle {
    private final Node node;
    private final Runnable redraw;
    private long lastRedraw = System.nanoTime() - ChartView.MIN_REDRAW_NANOS;
    private boolean pending;
    private boolean waiting;

    RedrawThrottle(Node node, Runnable redraw) {
        this.node = node;
        this.redraw = redraw;
        node.sceneProperty().addListener((o, was, now) -> {
            if (now != null && pending) {
                request();
            }
        });
    }

    /** Something changed: redraw now, or as soon as allowed. */
    void request() {
        pending = true;
        if (node.getScene() == null || waiting) {
            return;
        }
        long since = System.nanoTime() - lastRedraw;
        if (since >= ChartView.MIN_REDRAW_NANOS) {
            run();
            return;
        }
        waiting = true;
        PauseTransition wait = new PauseTransition(Duration.millis((ChartView.MIN_REDRAW_NANOS - since) / 1e6));
        wait.setOnFinished(e -> {
            waiting = false;
            if (pending && node.getScene() != null) {
                run();
            }
        });
        wait.play();
    }

    /** Redraws at once (a new run, a click): the user is waiting for it. */
    void now() {
        run();
    }

    private void run() {
        pending = false;
        lastRedraw = System.nanoTime();
        redraw.run();
    }
}
