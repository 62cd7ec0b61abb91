package org.perceptra.ui.live.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class ChartThemeTest {
    @Test
    void aDarkBackgroundGivesLightTextAndADarkGridOnEveryPlotAndAxis() {
        XYPlot top = ChartStyle.plot("epoch", "score");
        XYPlot bottom = ChartStyle.plot("epoch", "rate");
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.axis("epoch"));
        combined.add(top);
        combined.add(bottom);
        JFreeChart chart = ChartStyle.chart(combined, true);

        ChartTheme dark = ChartTheme.on(javafx.scene.paint.Color.web("#0d1117"));
        dark.apply(chart);

        assertThat(dark.text()).isEqualTo(ChartTheme.DARK.text());
        assertThat(chart.getBackgroundPaint()).isEqualTo(new java.awt.Color(0x0D1117));
        assertThat(chart.getLegend().getItemPaint()).isEqualTo(dark.text());
        for (XYPlot p : new XYPlot[] {top, bottom}) {
            assertThat(p.getBackgroundPaint()).isEqualTo(dark.background());
            assertThat(p.getRangeGridlinePaint()).isEqualTo(dark.grid());
            assertThat(p.getRangeAxis().getTickLabelPaint()).isEqualTo(dark.text());
        }
        assertThat(combined.getDomainAxis().getLabelPaint()).isEqualTo(dark.text());

        ChartTheme.on(javafx.scene.paint.Color.WHITE).apply(chart);
        assertThat(top.getRangeAxis().getTickLabelPaint()).isEqualTo(Palette.AXIS_TEXT);
    }
}
