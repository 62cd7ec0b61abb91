package org.perceptra.ui.live.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class EnvelopeDecimatorProperties {
    @Provide
    Arbitrary<double[]> series() {
        Arbitrary<Double> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(90, Arbitraries.doubles().between(-1e6, 1e6)),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(Double.NaN)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Double.POSITIVE_INFINITY)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Double.NEGATIVE_INFINITY)));
        return value.array(double[].class).ofMinSize(0).ofMaxSize(12_000);
    }

    @Property(tries = 200)
    void neverKeepsMoreThanAllowed(@ForAll("series") double[] y, @ForAll @IntRange(min = 5, max = 3000) int max) {
        assertThat(EnvelopeDecimator.keep(y, y.length, max).length).isLessThanOrEqualTo(Math.max(max, 5));
    }

    @Property(tries = 200)
    void keepsPointsInTheirOrderWithoutRepeats(@ForAll("series") double[] y,
                                              @ForAll @IntRange(min = 5, max = 3000) int max) {
        int[] kept = EnvelopeDecimator.keep(y, y.length, max);
        for (int i = 1; i < kept.length; i++) {
            assertThat(kept[i]).isGreaterThan(kept[i - 1]);
        }
        assertThat(Arrays.stream(kept).allMatch(i -> i >= 0 && i < y.length)).isTrue();
        if (y.length > 0) {
            assertThat(kept[0]).isZero();
            assertThat(kept[kept.length - 1]).isEqualTo(y.length - 1);
        }
    }

    @Property(tries = 200)
    void shortSeriesAreKeptWhole(@ForAll("series") double[] y) {
        int[] kept = EnvelopeDecimator.keep(y, y.length, y.length + 1);
        assertThat(kept).hasSize(y.length);
    }

    @Property(tries = 200)
    void everyPeakAndTroughHasAKeptPointAtLeastAsFarOutNearby(@ForAll("series") double[] y,
                                                             @ForAll @IntRange(min = 5, max = 3000) int max) {
        int[] kept = EnvelopeDecimator.keep(y, y.length, max);
        int w = EnvelopeDecimator.bucketWidth(y.length, max);
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                continue;
            }
            double highest = Double.NEGATIVE_INFINITY;
            double lowest = Double.POSITIVE_INFINITY;
            for (int j = firstAtOrAfter(kept, i - w + 1); j < kept.length && kept[j] < i + w; j++) {
                if (!Double.isNaN(y[kept[j]])) {
                    highest = Math.max(highest, y[kept[j]]);
                    lowest = Math.min(lowest, y[kept[j]]);
                }
            }
            assertThat(highest).as("envelope above point %d", i).isGreaterThanOrEqualTo(y[i]);
            assertThat(lowest).as("envelope below point %d", i).isLessThanOrEqualTo(y[i]);
        }
    }

    @Property(tries = 200)
    void theGlobalExtremesAndEveryKindOfNonFiniteValueSurvive(@ForAll("series") double[] y,
                                                             @ForAll @IntRange(min = 5, max = 3000) int max) {
        double[] keptValues = Arrays.stream(EnvelopeDecimator.keep(y, y.length, max)).mapToDouble(i -> y[i]).toArray();
        double[] finiteOrInf = Arrays.stream(y).filter(v -> !Double.isNaN(v)).toArray();
        if (finiteOrInf.length > 0) {
            assertThat(keptValues).contains(Arrays.stream(finiteOrInf).max().getAsDouble(),
                    Arrays.stream(finiteOrInf).min().getAsDouble());
        }
        assertThat(Arrays.stream(keptValues).anyMatch(Double::isNaN))
                .isEqualTo(Arrays.stream(y).anyMatch(Double::isNaN));
    }

    @Property(tries = 100)
    void everyNaNHasANaNMarkerWithinOneBucket(@ForAll("series") double[] y,
                                             @ForAll @IntRange(min = 5, max = 3000) int max) {
        int[] kept = EnvelopeDecimator.keep(y, y.length, max);
        int w = EnvelopeDecimator.bucketWidth(y.length, max);
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                boolean marked = false;
                for (int j = firstAtOrAfter(kept, i - w + 1); j < kept.length && kept[j] < i + w; j++) {
                    marked |= Double.isNaN(y[kept[j]]);
                }
                assertThat(marked).as("NaN at %d marked", i).isTrue();
            }
        }
    }

    private static int firstAtOrAfter(int[] sorted, int value) {
        int at = Arrays.binarySearch(sorted, value);
        return at >= 0 ? at : -at - 1;
    }
}
