package org.perceptra.ui.live.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RocCurveTest {
    @Test
    void perfectSeparationHasAreaOneAndPassesThroughTheTopLeftCorner() {
        RocCurve roc = RocCurve.of(new int[] {0, 0, 1, 1}, new float[] {0.1f, 0.2f, 0.8f, 0.9f});
        assertThat(roc.auc()).isEqualTo(1.0);
        assertThat(roc.size()).isEqualTo(5);
        assertThat(roc.falsePositiveRate(2)).isZero();
        assertThat(roc.truePositiveRate(2)).isEqualTo(1.0);
        assertThat(roc.falsePositiveRate(4)).isEqualTo(1.0);
        assertThat(roc.threshold(0)).isInfinite();
        assertThat(roc.threshold(1)).isEqualTo(0.9f);
    }

    @Test
    void aHandWorkedExample() {
        // Positives score 0.9, 0.6, 0.4; negatives 0.7, 0.3. Pairs won: 0.9 beats both, 0.6 beats 0.3, 0.4 beats
        // 0.3: 4 of 6.
        RocCurve roc = RocCurve.of(new int[] {1, 0, 1, 1, 0}, new float[] {0.9f, 0.7f, 0.6f, 0.4f, 0.3f});
        assertThat(roc.auc()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(roc.falsePositiveRate(2)).isEqualTo(0.5);
        assertThat(roc.truePositiveRate(2)).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void tiedScoresStepDiagonallyAndCountHalf() {
        RocCurve allTied = RocCurve.of(new int[] {1, 0, 1, 0}, new float[] {0.5f, 0.5f, 0.5f, 0.5f});
        assertThat(allTied.auc()).isEqualTo(0.5);
        assertThat(allTied.size()).isEqualTo(2);
    }

    @Test
    void equalsTheMannWhitneyStatisticOnRandomScores() {
        Random random = new Random(3);
        int n = 300;
        int[] actual = new int[n];
        float[] scores = new float[n];
        for (int i = 0; i < n; i++) {
            actual[i] = random.nextInt(2);
            scores[i] = Math.round((random.nextFloat() + actual[i] * 0.4f) * 20) / 20f; // many ties
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (actual[i] == 1 && actual[j] == 0) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(RocCurve.of(actual, scores).auc()).isCloseTo(wins / pairs, within(1e-12));
    }

    @Test
    void oneClassOnlyOrNaNScoresLeaveTheAreaUndefinedOrOut() {
        assertThat(RocCurve.of(new int[] {1, 1}, new float[] {0.2f, 0.3f}).auc()).isNaN();
        assertThat(RocCurve.of(new int[] {1, 1}, new float[] {0.2f, 0.3f}).size()).isZero();
        RocCurve withNaN = RocCurve.of(new int[] {1, 0, 0}, new float[] {0.9f, Float.NaN, 0.1f});
        assertThat(withNaN.auc()).isEqualTo(1.0);
    }
}
