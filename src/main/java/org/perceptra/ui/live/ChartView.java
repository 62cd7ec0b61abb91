package org.perceptra.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.perceptra.ui.live.chart.ChartImages;

/**
 * A live view drawn by JFreeChart charts. Updates go through {@link #redrawOnce}: the charts stay silent while a
 * batch of events is applied and redraw once at the end.
 */
abstract class ChartView implements LiveView {
    private final List<JFreeChart> charts;

    ChartView(JFreeChart... charts) {
        this.charts = List.of(charts);
    }

    static ChartViewer viewer(JFreeChart chart) {
        ChartViewer v = new ChartViewer(chart);
        v.setMinSize(160, 120);
        return v;
    }

    /** Applies {@code changes} with notifications off, then redraws each chart once. */
    final void redrawOnce(Runnable changes) {
        charts.forEach(c -> c.setNotify(false));
        try {
            changes.run();
        } finally {
            charts.forEach(c -> c.setNotify(true));
        }
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
