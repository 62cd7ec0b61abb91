package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.perceptra.model.Shape;

class TargetScalerTest {
    @Test
    void fitsMeanAndPopulationSpreadPerTargetAndRoundTrips() {
        float[] x = new float[4];
        float[] y = {100, 1, 200, 1, 300, 1, 400, 1}; // two targets; the second is constant
        TargetScaler s = TargetScaler.fit(Dataset.ofValues(x, Shape.of(1), y, 2));

        assertThat(s.mean()).containsExactly(250f, 1f);
        assertThat(s.spread()[0]).isCloseTo((float) Math.sqrt(12500), within(1e-3f));
        assertThat(s.scale(250f, 0)).isZero();
        assertThat(s.scale(1f, 1)).as("a constant target maps to 0, not NaN").isZero();
        assertThat(s.unscale(s.scale(123.5f, 0), 0)).isCloseTo(123.5f, within(1e-3f));
        float[] rows = {s.scale(100, 0), s.scale(1, 1)};
        s.unscaleInPlace(rows);
        assertThat(rows[0]).isCloseTo(100f, within(1e-3f));
        assertThat(rows[1]).isEqualTo(1f);
        assertThat(s.isIdentity()).isFalse();
    }

    @Test
    void identityChangesNothing() {
        TargetScaler s = TargetScaler.identity(1);
        assertThat(s.isIdentity()).isTrue();
        assertThat(s.scale(42f, 0)).isEqualTo(42f);
        assertThat(s.unscale(42f, 0)).isEqualTo(42f);
        assertThat(TargetScaler.fit(Dataset.ofValues(new float[0], Shape.of(1), new float[0], 1))).isEqualTo(s);
    }
}
