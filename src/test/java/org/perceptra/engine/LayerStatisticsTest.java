package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerStatisticsTest {
    @Test
    void aDenseUnitIsDeadOnlyWhenItIsZeroForEverySample() {
        // 3 samples of 4 units: unit 0 fires once, unit 1 never, unit 2 always, unit 3 never.
        float[] a = {0, 0, 1, 0,
                     2, 0, 3, 0,
                     0, 0, 4, 0};
        assertThat(LayerStatistics.deadFraction(a, 3, 4, 1)).isEqualTo(0.5);
    }

    @Test
    void anImageChannelIsOneUnitOverAllItsPixels() {
        // 2 samples of [C=3, H*W=2]: channel 0 has one live pixel in sample 2, channel 1 is silent, channel 2 lives.
        float[] a = {0, 0, 0, 0, 5, 0,
                     0, 1, 0, 0, 0, 0};
        assertThat(LayerStatistics.deadFraction(a, 2, 3, 2)).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void aSequenceFeatureIsOneUnitOverAllSteps() {
        // 1 sample of [T=3, F=2] (step after step): feature 0 fires at step 2, feature 1 never.
        float[] a = {0, 0, 0, 0, 7, 0};
        assertThat(LayerStatistics.deadFraction(a, 1, 2, 1)).isEqualTo(0.5);
    }

    @Test
    void meanAndPopulationSpread() {
        double[] ms = LayerStatistics.meanAndStd(new float[] {1, 2, 3, 4});
        assertThat(ms[0]).isEqualTo(2.5);
        assertThat(ms[1]).isCloseTo(Math.sqrt(1.25), within(1e-12));
        assertThat(LayerStatistics.meanAndStd(new float[0])[0]).isNaN();
    }

    @Test
    void updateRatioIsTheNormOfTheChangeOverTheNormOfTheParametersBefore() {
        float[] before = {3, 4};
        float[] after = {3.03f, 3.96f};
        float[] update = LayerStatistics.difference(after, before);
        assertThat(update[0]).isCloseTo(0.03f, within(1e-6f));
        assertThat(update[1]).isCloseTo(-0.04f, within(1e-6f));
        assertThat(LayerStatistics.updateRatio(update, before)).isCloseTo(0.05 / 5, within(1e-7));
        assertThat(LayerStatistics.updateRatio(new float[0], new float[0])).isNaN();
    }

    @Test
    void concatKeepsListOrder() {
        assertThat(LayerStatistics.concat(List.of(new float[] {1, 2}, new float[0], new float[] {3})))
                .containsExactly(1, 2, 3);
    }

    @Test
    void joiningIntoAnArrayOfTheTotalLengthUsesThatArray() {
        float[] reuse = new float[5];
        float[] joined = LayerStatistics.concat(List.of(new float[] {1, 2}, new float[] {3, 4, 5}), reuse);
        assertThat(joined).isSameAs(reuse).containsExactly(1, 2, 3, 4, 5);
        float[] single = {9, 8};
        assertThat(LayerStatistics.concat(List.of(single), reuse)).isSameAs(single);
        assertThat(LayerStatistics.concat(List.of(new float[] {1}, new float[] {2}), reuse)).containsExactly(1, 2);
        float[] d = LayerStatistics.difference(new float[] {5, 5}, new float[] {2, 7}, new float[2]);
        assertThat(d).containsExactly(3, -2);
    }
}
