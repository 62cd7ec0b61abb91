package org.perceptra.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    void binsValuesEvenlyBetweenMinAndMax() {
        Histogram h = Histogram.of(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 10}, 5);

        assertThat(h.min()).isEqualTo(0);
        assertThat(h.max()).isEqualTo(10);
        assertThat(h.counts()).containsExactly(2, 2, 2, 2, 2);
    }

    @Test
    void nonFiniteValuesAreCountedNotDropped() {
        Histogram h = Histogram.of(new float[] {1, Float.NaN, 2, Float.POSITIVE_INFINITY}, 2);

        assertThat(h.nonFinite()).isEqualTo(2);
        assertThat(h.total()).isEqualTo(4);
        assertThat(h.counts()).containsExactly(1, 1);
    }

    @Test
    void constantValuesLandInOneBin() {
        assertThat(Histogram.of(new float[] {3, 3, 3}, 4).counts()).containsExactly(3, 0, 0, 0);
    }
}
