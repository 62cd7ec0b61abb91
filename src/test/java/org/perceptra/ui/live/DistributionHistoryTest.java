package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.perceptra.engine.session.Histogram;

class DistributionHistoryTest {
    @Test
    void quantilesOfAUniformSpreadAreEvenlySpaced() {
        float[] v = new float[10_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i / (float) v.length;
        }
        double[] q = DistributionHistory.quantiles(Histogram.of(v, 50));

        assertThat(q[0]).isEqualTo(0.0);
        assertThat(q[4]).isCloseTo(0.5, within(0.01));
        assertThat(q[2]).isCloseTo(0.1587, within(0.01));
        assertThat(q[8]).isCloseTo(v[v.length - 1], within(1e-6));
    }

    @Test
    void quantilesOfANormalSampleSitNearTheSigmas() {
        Random r = new Random(1);
        float[] v = new float[50_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian();
        }
        double[] q = DistributionHistory.quantiles(Histogram.of(v, 60));

        assertThat(q[2]).isCloseTo(-1, within(0.05));
        assertThat(q[3]).isCloseTo(-0.5, within(0.05));
        assertThat(q[6]).isCloseTo(1, within(0.05));
    }

    @Test
    void mergingWhenFullKeepsTheOutermostValuesAndHalvesTheCount() {
        DistributionHistory h = new DistributionHistory(4);
        h.add(1, Histogram.of(new float[] {0, 1}, 4));
        h.add(2, Histogram.of(new float[] {-9, 1}, 4));
        h.add(3, Histogram.of(new float[] {0, 1}, 4));
        h.add(4, Histogram.of(new float[] {0, 7}, 4));
        h.add(5, Histogram.of(new float[] {0, 1}, 4));

        assertThat(h.size()).isEqualTo(3);
        assertThat(h.quantilesAt(0)[0]).isEqualTo(-9.0);
        assertThat(h.quantilesAt(1)[8]).isEqualTo(7.0);
        assertThat(h.step(2)).isEqualTo(5.0);
    }

    @Test
    void aHistogramOfOnlyNonFiniteValuesAddsNothing() {
        DistributionHistory h = new DistributionHistory(4);
        h.add(1, Histogram.of(new float[] {Float.NaN}, 4));

        assertThat(h.size()).isZero();
    }
}
