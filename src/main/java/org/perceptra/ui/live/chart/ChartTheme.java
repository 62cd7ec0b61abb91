package org.perceptra.ui.live.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * The colours a chart's frame takes from the window's theme: background, text and grid. JFreeChart paints with
 * AWT colours that CSS cannot reach, so the viewer carries the style class {@code live-chart}, whose CSS
 * background is the theme's looked-up {@code -color-bg-default}; when CSS changes that background (the theme
 * switched), the chart is repainted in the matching colours. Series colours stay as they are: the Okabe-Ito
 * palette reads on both.
 */
public record ChartTheme(Color background, Color text, Color grid) {
    public static final String STYLE_CLASS = "live-chart";
    public static final ChartTheme LIGHT = new ChartTheme(Color.WHITE, Palette.AXIS_TEXT, Palette.GRID);
    /** GitHub's dark colours, which AtlantaFX's PrimerDark uses (fg-muted text, border-muted grid). */
    public static final ChartTheme DARK = new ChartTheme(new Color(0x0D1117), new Color(0x9BA5B0), new Color(0x2A313A));

    /** The theme for a background colour: its own background, dark text and grid on light, light on dark. */
    public static ChartTheme on(javafx.scene.paint.Color bg) {
        Color awt = new Color((float) bg.getRed(), (float) bg.getGreen(), (float) bg.getBlue());
        ChartTheme base = isDark(bg) ? DARK : LIGHT;
        return new ChartTheme(awt, base.text(), base.grid());
    }

    public static boolean isDark(javafx.scene.paint.Color bg) {
        return 0.2126 * bg.getRed() + 0.7152 * bg.getGreen() + 0.0722 * bg.getBlue() < 0.5;
    }

    /** Keeps {@code charts} in the colours of the theme behind {@code viewer}, now and after every change. */
    public static void follow(Region viewer, List<JFreeChart> charts) {
        viewer.getStyleClass().add(STYLE_CLASS);
        viewer.backgroundProperty().addListener((o, was, now) -> colourOf(now).ifPresent(
                bg -> charts.forEach(c -> on(bg).apply(c))));
    }

    private static java.util.Optional<javafx.scene.paint.Color> colourOf(Background b) {
        if (b == null) {
            return java.util.Optional.empty();
        }
        for (BackgroundFill f : b.getFills()) {
            if (f.getFill() instanceof javafx.scene.paint.Color c && c.getOpacity() > 0.5) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /** Repaints the chart's frame (backgrounds, axes, grid, legend, plain titles) in these colours. */
    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(background);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(background);
            legend.setItemPaint(text);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle tt && !Palette.ERROR.equals(tt.getPaint())) {
                tt.setPaint(text);
            }
        }
        apply(chart.getPlot());
    }

    private void apply(Plot plot) {
        plot.setBackgroundPaint(background);
        if (plot instanceof CombinedDomainXYPlot c) {
            c.getSubplots().forEach(this::apply);
        }
        if (plot instanceof CombinedRangeXYPlot c) {
            c.getSubplots().forEach(this::apply);
        }
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        }
    }

    private void axis(Axis a) {
        if (a != null) {
            a.setLabelPaint(text);
            a.setTickLabelPaint(text);
        }
    }

    /** The colour as JavaFX paints it, for canvases drawn beside the charts. */
    public static javafx.scene.paint.Color fx(Paint p) {
        Color c = (Color) p;
        return javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
