package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perceptra.engine.session.TrainingEvent.DecisionBoundary;
import org.perceptra.ui.live.chart.Palette;

class BoundaryColorsTest {
    /** 2×2 grid, two classes: bottom row (row 0) sure of class 0, top row sure of class 1 on the left only. */
    private static final DecisionBoundary GRID = new DecisionBoundary(10, 2, -1, 1, -1, 1, 2,
            new float[] {1, 0, 1, 0, 0, 1, 0.5f, 0.5f});

    @Test
    void rowZeroIsTheBottomOfTheImage() {
        int[] px = BoundaryColors.classes(GRID, true);

        assertThat(px[2]).isEqualTo(px[3]).isEqualTo(BoundaryColors.mixWithWhite(Palette.rgb(0), 0.62 * 0.7));
        assertThat(px[0]).isEqualTo(BoundaryColors.mixWithWhite(Palette.rgb(1), 0.62 * 0.7));
    }

    @Test
    void anUnsureCellFadesToWhiteUnlessDiscretised() {
        assertThat(BoundaryColors.classes(GRID, false)[1]).isEqualTo(0xFFFFFFFF);
        assertThat(BoundaryColors.classes(GRID, true)[1]).isNotEqualTo(0xFFFFFFFF);
    }

    @Test
    void aSingleSigmoidUnitIsReadAsTheChanceOfClassOne() {
        DecisionBoundary sigmoid = new DecisionBoundary(1, 1, 0, 1, 0, 1, 1, new float[] {0.99f});

        assertThat(BoundaryColors.classes(sigmoid, true)[0])
                .isEqualTo(BoundaryColors.mixWithWhite(Palette.rgb(1), 0.62 * 0.7));
    }

    @Test
    void nanCellsAreGreyNotSilentlyColoured() {
        DecisionBoundary nan = new DecisionBoundary(1, 1, 0, 1, 0, 1, 2, new float[] {Float.NaN, Float.NaN});

        assertThat(BoundaryColors.classes(nan, false)[0]).isEqualTo(0xFF9E9E9E);
        assertThat(BoundaryColors.classes(nan, true)[0]).isEqualTo(0xFF9E9E9E);
    }

    @Test
    void regressionRunsFromBlueThroughWhiteToOrange() {
        DecisionBoundary values = new DecisionBoundary(1, 3, 0, 1, 0, 1, 1, new float[] {0, 5, 10, 0, 5, 10, 0, 5, 10});
        int[] px = BoundaryColors.regression(values, 0, 10, false);

        assertThat(px[0]).isEqualTo(0xFF000000 | Palette.rgb(0));
        assertThat(px[1]).isEqualTo(0xFFFFFFFF);
        assertThat(px[2]).isEqualTo(0xFF000000 | Palette.rgb(1));
    }
}
