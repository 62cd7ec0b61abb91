package org.perceptra.ui.live.chart;

import java.awt.Graphics2D;
import java.lang.reflect.Field;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.fx.FXHints;

/**
 * Makes JFreeChart-FX cheaper to redraw many times a second, without changing what it draws. By default every
 * redraw records a mouse "entity" (a shape and an object) for each data item, which nothing here uses, and
 * measures each piece of text by building a JavaFX Text node; together about a third of a live chart's cost on
 * the FX thread.
 */
public final class LeanCharts {
    private LeanCharts() {
    }

    /**
     * Text measured with Java2D's font metrics (cached per font) instead of a new JavaFX Text node per string. The
     * canvas keeps its Graphics2D private, hence the reflection; should that fail, the chart is only slower.
     */
    public static void useCachedFontMetrics(ChartViewer viewer) {
        try {
            Field g2 = ChartCanvas.class.getDeclaredField("g2");
            g2.setAccessible(true);
            ((Graphics2D) g2.get(viewer.getCanvas())).setRenderingHint(FXHints.KEY_USE_FX_FONT_METRICS, Boolean.FALSE);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another JFreeChart-FX version: keep its own metrics
        }
    }

    /** Series longer than this are drawn as lines only: past it, the marks merge into a thick line anyway. */
    public static final int MAX_MARKED_POINTS = 60;

    /**
     * Marks each point of {@code renderer}'s series (drawn from {@code dataset}) only while the series has at most
     * {@link #MAX_MARKED_POINTS}: hundreds of small shapes cost the software renderer more than the lines.
     */
    public static void markPointsWhileFew(XYLineAndShapeRenderer renderer, XYDataset dataset) {
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            boolean few = dataset.getItemCount(i) <= MAX_MARKED_POINTS;
            if (!Boolean.valueOf(few).equals(renderer.getSeriesShapesVisible(i))) {
                renderer.setSeriesShapesVisible(i, Boolean.valueOf(few));
            }
        }
    }

    /** No mouse entities for the items of {@code chart}'s renderers (call before each redraw: renderers change). */
    public static void withoutEntities(JFreeChart chart) {
        withoutEntities(chart.getPlot());
    }

    private static void withoutEntities(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            combined.getSubplots().forEach(LeanCharts::withoutEntities);
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getRendererCount(); i++) {
                if (xy.getRenderer(i) instanceof AbstractRenderer r && r.getDefaultCreateEntities()) {
                    r.setDefaultCreateEntities(false, false);
                }
            }
        }
    }
}
