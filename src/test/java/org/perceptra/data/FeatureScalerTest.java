package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.data.DatasetSpec.Normalization;
import org.perceptra.model.Shape;

class FeatureScalerTest {
    /** Three samples of two features: the second feature is constant. */
    private static final Dataset TRAIN = Dataset.ofValues(new float[] {1, 7, 2, 7, 3, 7}, Shape.of(2),
            new float[] {0, 0, 0}, 1);

    @Test
    void zScoreCentresAndScalesEachFeature() {
        FeatureScaler scaler = FeatureScaler.fit(TRAIN, Normalization.ZSCORE);
        Dataset scaled = scaler.apply(TRAIN);

        assertThat(scaler.centre()).containsExactly(2f, 7f);
        assertThat(scaler.spread()[0]).isCloseTo((float) Math.sqrt(2.0 / 3), within(1e-6f));
        assertThat(scaled.feature(0, 0)).isCloseTo(-1.2247449f, within(1e-5f));
        assertThat(scaled.feature(2, 0)).isCloseTo(1.2247449f, within(1e-5f));
    }

    @Test
    void constantFeatureBecomesZeroInsteadOfNaN() {
        for (Normalization method : List.of(Normalization.ZSCORE, Normalization.MINMAX)) {
            Dataset scaled = FeatureScaler.fit(TRAIN, method).apply(TRAIN);

            assertThat(scaled.feature(1, 1)).isZero();
            assertThat(NonFiniteCheck.first(scaled)).isEmpty();
        }
    }

    @Test
    void minMaxMapsTheTrainingRangeToZeroOne() {
        FeatureScaler scaler = FeatureScaler.fit(TRAIN, Normalization.MINMAX);

        assertThat(scaler.apply(new float[] {1, 7})).containsExactly(0f, 0f);
        assertThat(scaler.apply(new float[] {3, 7})).containsExactly(1f, 0f);
        assertThat(scaler.apply(new float[] {5, 8})).containsExactly(2f, 1f); // new data may leave the range
    }

    @Test
    void noneChangesNothing() {
        FeatureScaler scaler = FeatureScaler.fit(TRAIN, Normalization.NONE);

        assertThat(scaler.apply(TRAIN)).isSameAs(TRAIN);
        assertThat(scaler.apply(new float[] {4, 5})).containsExactly(4f, 5f);
        assertThat(scaler).isEqualTo(FeatureScaler.identity(Shape.of(2)));
    }

    @Test
    void imagesAreScaledPerChannelOverAllPixels() {
        // Two samples of [2, 1, 2]: channel 0 holds 0, 2, 4, 6; channel 1 holds 10 everywhere.
        float[] pixels = {0, 2, 10, 10, 4, 6, 10, 10};
        Dataset images = Dataset.ofClasses(pixels, Shape.of(2, 1, 2), new int[] {0, 1}, List.of());
        FeatureScaler scaler = FeatureScaler.fit(images, Normalization.ZSCORE);

        assertThat(scaler.centre()).containsExactly(3f, 10f);
        assertThat(scaler.spread()[0]).isCloseTo((float) Math.sqrt(5), within(1e-6f));
        assertThat(scaler.apply(images.sample(0))[2]).isZero();
    }

    @Test
    void sequencesAreScaledPerFeatureOverAllSteps() {
        Dataset seq = Dataset.ofValues(new float[] {1, 100, 3, 300}, Shape.of(2, 2), new float[] {0}, 1);

        assertThat(FeatureScaler.fit(seq, Normalization.MINMAX).centre()).containsExactly(1f, 100f);
    }

    @Test
    void largeOffsetsKeepTheirPrecision() {
        Dataset years = Dataset.ofValues(new float[] {2000, 2002, 2004}, Shape.of(1), new float[3], 1);

        assertThat(FeatureScaler.fit(years, Normalization.ZSCORE).spread()[0])
                .isCloseTo((float) Math.sqrt(8.0 / 3), within(1e-5f));
    }

    @Test
    void aScalerRefusesSamplesOfAnotherShape() {
        FeatureScaler scaler = FeatureScaler.fit(TRAIN, Normalization.ZSCORE);

        assertThatThrownBy(() -> scaler.apply(new float[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scaler.apply(TRAIN.reshape(Shape.of(1, 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordIsImmutableAndComparesByValue() {
        float[] centre = {1};
        FeatureScaler a = new FeatureScaler(Normalization.ZSCORE, Shape.of(1), centre, new float[] {2});
        centre[0] = 5;
        a.centre()[0] = 9;

        assertThat(a.centre()).containsExactly(1f);
        assertThat(a).isEqualTo(new FeatureScaler(Normalization.ZSCORE, Shape.of(1), new float[] {1}, new float[] {2}));
    }
}
