package org.perceptra.ui.live.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    private static final int[] ACTUAL = {0, 0, 0, 1, 1, 2, 2, 2, 2};
    private static final int[] PREDICTED = {0, 0, 1, 1, 2, 2, 2, 0, 2};

    @Test
    void countsEachTrueAndPredictedPair() {
        ConfusionMatrix m = ConfusionMatrix.of(3, ACTUAL, PREDICTED);
        int[][] expected = {{2, 1, 0}, {0, 1, 1}, {1, 0, 3}};
        for (int a = 0; a < 3; a++) {
            for (int p = 0; p < 3; p++) {
                assertThat(m.count(a, p)).as("cell %d,%d", a, p).isEqualTo(expected[a][p]);
            }
        }
        assertThat(m.total()).isEqualTo(9);
        assertThat(m.correct()).isEqualTo(6);
        assertThat(m.accuracy()).isEqualTo(6 / 9.0);
        assertThat(m.rowTotal(2)).isEqualTo(4);
        assertThat(m.rowShare(2, 2)).isEqualTo(0.75);
    }

    @Test
    void listsTheSamplesOfACellInTheirOrder() {
        ConfusionMatrix m = ConfusionMatrix.of(3, ACTUAL, PREDICTED);
        assertThat(m.samples(2, 2)).containsExactly(5, 6, 8);
        assertThat(m.samples(2, 0)).containsExactly(7);
        assertThat(m.samples(1, 0)).isEmpty();
    }

    @Test
    void anEmptyMatrixHasNoAccuracyAndEmptyRows() {
        ConfusionMatrix m = ConfusionMatrix.of(2, new int[0], new int[0]);
        assertThat(m.total()).isZero();
        assertThat(m.accuracy()).isNaN();
        assertThat(m.rowShare(0, 0)).isZero();
    }

    @Test
    void classesOutOfRangeCountNowhereAndArraysMustAgree() {
        ConfusionMatrix m = ConfusionMatrix.of(2, new int[] {0, 5, 1}, new int[] {0, 0, -1});
        assertThat(m.total()).isEqualTo(1);
        assertThatThrownBy(() -> ConfusionMatrix.of(2, new int[] {0}, new int[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
