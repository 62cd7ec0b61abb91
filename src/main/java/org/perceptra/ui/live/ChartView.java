package org.perceptra.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.perceptra.ui.live.chart.ChartImages;
import org.perceptra.ui.live.chart.ChartTheme;

/**
 * A live view drawn by JFreeChart charts. Updates go through {@link #redrawOnce}: the charts stay silent while a
 * batch of events is applied and redraw once at the end.
 */
abstract class ChartView implements LiveView {
    private final List<JFreeChart> charts;
    private boolean waitingToShow;
    private boolean delayed;
    private long lastRedraw = System.nanoTime() - MIN_REDRAW_NANOS;

    /** At most 5 redraws a second per view: live enough to watch, cheap enough for the software renderer. */
    static final long MIN_REDRAW_NANOS = 200_000_000L;

    ChartView(JFreeChart... charts) {
        this.charts = List.of(charts);
    }

    static ChartViewer viewer(JFreeChart chart) {
        ChartViewer v = new ChartViewer(chart);
        v.setMinSize(160, 120);
        ChartTheme.follow(v, List.of(chart));
        return v;
    }

    /**
     * Applies {@code changes} with notifications off, then redraws each chart once; while the view is not on
     * screen (another view of its dock is shown), the redraw waits until it is.
     */
    final void redrawOnce(Runnable changes) {
        charts.forEach(c -> c.setNotify(false));
        try {
            changes.run();
        } finally {
            if (node().getScene() == null) {
                redrawWhenShown();
            } else {
                redrawSoon();
            }
        }
    }

    /**
     * Redraws now, or, when the last redraw was less than {@link #MIN_REDRAW_NANOS} ago, once that time is up:
     * a chart redrawn 30 times a second costs the software renderer more than it shows anyone.
     */
    private void redrawSoon() {
        long since = System.nanoTime() - lastRedraw;
        if (since >= MIN_REDRAW_NANOS) {
            redrawNow();
        } else if (!delayed) {
            delayed = true;
            PauseTransition wait = new PauseTransition(Duration.millis((MIN_REDRAW_NANOS - since) / 1e6));
            wait.setOnFinished(e -> {
                delayed = false;
                if (node().getScene() != null) {
                    redrawNow();
                } else {
                    redrawWhenShown();
                }
            });
            wait.play();
        }
    }

    private void redrawNow() {
        lastRedraw = System.nanoTime();
        charts.forEach(c -> c.setNotify(true));
    }

    private void redrawWhenShown() {
        if (waitingToShow) {
            return;
        }
        waitingToShow = true;
        node().sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    o.removeListener(this);
                    waitingToShow = false;
                    shown();
                    redrawNow();
                }
            }
        });
    }

    /** Called when the view comes back on screen, before its charts redraw: catch up on deferred work. */
    void shown() {
    }

    final boolean onScreen() {
        return node().getScene() != null;
    }

    @Override
    public void exportPng(Path file) throws IOException {
        Node n = node();
        int width = (int) Math.max(900, n.getLayoutBounds().getWidth());
        int height = (int) Math.max(500, n.getLayoutBounds().getHeight()) / charts.size();
        ChartImages.writePng(file, charts, width, Math.max(300, height));
    }

    List<JFreeChart> charts() {
        return charts;
    }
}
