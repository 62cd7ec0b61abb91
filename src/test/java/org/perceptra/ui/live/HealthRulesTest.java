package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.engine.session.Histogram;
import org.perceptra.engine.session.TrainingEvent.LayerStats;

class HealthRulesTest {
    private static final Histogram FINE = Histogram.of(new float[] {-0.1f, 0.2f, 0.05f}, 4);

    private static LayerStats layer(Histogram weights, double ratio, double dead) {
        return new LayerStats("dense_1", weights, FINE, FINE, FINE, ratio, 0.1, 0.5, dead);
    }

    @Test
    void aHealthyLayerRaisesNothing() {
        assertThat(HealthRules.assess(layer(FINE, 1e-3, 0.1))).isEmpty();
    }

    @Test
    void nonFiniteWeightsAreAnErrorNamingWhere() {
        List<HealthWarning> w = HealthRules.assess(layer(Histogram.of(new float[] {1f, Float.NaN}, 4), 1e-3, 0));

        assertThat(w).singleElement().satisfies(h -> {
            assertThat(h.level()).isEqualTo(HealthWarning.Level.ERROR);
            assertThat(h.message()).contains("dense_1", "NaN", "weights");
            assertThat(h.fix()).contains("learning rate");
        });
    }

    @Test
    void hugeUpdatesWarnOfExplodingGradients() {
        assertThat(HealthRules.assess(layer(FINE, 0.5, 0))).singleElement()
                .satisfies(h -> assertThat(h.message()).contains("50%", "exploding"));
    }

    @Test
    void tinyOrNoUpdatesWarnOfVanishingGradients() {
        assertThat(HealthRules.assess(layer(FINE, 1e-7, 0))).singleElement()
                .satisfies(h -> assertThat(h.message()).contains("vanishing"));
        assertThat(HealthRules.assess(layer(FINE, 0, 0))).singleElement()
                .satisfies(h -> assertThat(h.message()).contains("did not change"));
    }

    @Test
    void mostlyDeadUnitsWarnWithTheShare() {
        assertThat(HealthRules.assess(layer(FINE, 1e-3, 0.75))).singleElement()
                .satisfies(h -> assertThat(h.message()).contains("75%", "dead"));
    }

    @Test
    void figuresNotComputedRaiseNothing() {
        assertThat(HealthRules.assess(new LayerStats("flatten", null, null, null, null, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN))).isEmpty();
    }
}
