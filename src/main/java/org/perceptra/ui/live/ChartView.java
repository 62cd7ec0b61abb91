package org.perceptra.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.perceptra.ui.live.chart.ChartImages;
import org.perceptra.ui.live.chart.ChartTheme;
import org.perceptra.ui.live.chart.LeanCharts;

/**
 * A live view drawn by JFreeChart charts. Updates go through {@link #redrawOnce}: the charts stay silent while
 * events are applied, and a {@link RedrawScheduler} redraws each chart once when due: at most once per period,
 * and not while the view is off screen (it catches up when shown).
 */
abstract class ChartView implements LiveView {
    /** At most 5 redraws a second per view: live enough to watch, cheap enough for the software renderer. */
    static final long MIN_REDRAW_NANOS = 200_000_000L;

    private final List<JFreeChart> charts;
    private final long periodNanos;
    private RedrawScheduler scheduler;
    private Runnable afterRedraw = () -> { };

    ChartView(JFreeChart... charts) {
        this(MIN_REDRAW_NANOS, charts);
    }

    /** Charts redrawn at most once per {@code periodNanos}. */
    ChartView(long periodNanos, JFreeChart... charts) {
        this.charts = List.of(charts);
        this.periodNanos = periodNanos;
    }

    static ChartViewer viewer(JFreeChart chart) {
        ChartViewer v = new ChartViewer(chart);
        v.setMinSize(160, 120);
        ChartTheme.follow(v, List.of(chart));
        LeanCharts.useCachedFontMetrics(v);
        return v;
    }

    /** Applies {@code changes} with notifications off; the charts redraw once, when due and on screen. */
    final void redrawOnce(Runnable changes) {
        silently(changes);
        scheduler().request();
    }

    /** As {@link #redrawOnce}, for a change the user waits to see (a click): redraws at once if on screen. */
    final void redrawNow(Runnable changes) {
        silently(changes);
        scheduler().requestNow();
    }

    private void silently(Runnable changes) {
        charts.forEach(c -> c.setNotify(false));
        changes.run();
    }

    private RedrawScheduler scheduler() {
        if (scheduler == null) { // node() is made by the subclass's constructor, after this one
            // The loss keeps up with every delivery; the slower views take turns, one per frame.
            scheduler = periodNanos == 0 ? RedrawScheduler.forNode(node(), periodNanos, this::redraw)
                    : RedrawScheduler.takingTurns(node(), periodNanos, this::redraw);
        }
        return scheduler;
    }

    private void redraw() {
        FxCosts.measure(title() + ": redraw", () -> {
            beforeRedraw();
            charts.forEach(LeanCharts::withoutEntities);
            charts.forEach(c -> c.setNotify(true)); // each fires one change: one redraw per chart
        });
        afterRedraw.run();
    }

    /** Called on screen just before the charts redraw: bring what they show up to date (work put off till now). */
    void beforeRedraw() {
    }

    /** Whether a change is still waiting to be drawn. */
    final boolean redrawPending() {
        return scheduler().pending();
    }

    /** Redraws so far. */
    final long redrawCount() {
        return scheduler().redraws();
    }

    /** For the benchmark: {@code r} runs after each redraw of this view's charts. */
    void afterRedraw(Runnable r) {
        afterRedraw = r;
    }

    @Override
    public void exportPng(Path file) throws IOException {
        if (redrawPending()) { // the picture shows the latest numbers, even of a view off screen
            beforeRedraw();
        }
        Node n = node();
        int width = (int) Math.max(900, n.getLayoutBounds().getWidth());
        int height = (int) Math.max(500, n.getLayoutBounds().getHeight()) / charts.size();
        ChartImages.writePng(file, charts, width, Math.max(300, height));
    }

    List<JFreeChart> charts() {
        return charts;
    }
}
