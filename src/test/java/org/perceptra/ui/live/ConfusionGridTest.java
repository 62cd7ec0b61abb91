package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.ui.live.evaluation.ConfusionMatrix;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The grid's counts, tints (blue right, orange wrong, alpha from the share of the row, none for an empty cell)
 * and tooltips, redrawn as a live matrix changes, without inline styles (each one cost a CSS pass).
 */
@ExtendWith(ApplicationExtension.class)
class ConfusionGridTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @Test
    void aCellsTooltipIsMadeOnItsFirstHoverAndDescribesIt(org.testfx.api.FxRobot robot) throws Exception {
        List<String> names = List.of("cat", "dog");
        ConfusionGrid grid = WaitForAsyncUtils.asyncFx(() -> {
            ConfusionGrid g = new ConfusionGrid((a, p) -> { });
            g.build(names);
            g.show(ConfusionMatrix.of(2, new int[] {0, 0, 1}, new int[] {0, 1, 1}), names);
            stage.setScene(new javafx.scene.Scene(g, 400, 300));
            stage.show();
            return g;
        }).get();
        javafx.scene.Node cell = grid.lookup("#confusion-cell-0-1");
        String key = "javafx.scene.control.Tooltip";
        assertThat(cell.getProperties()).doesNotContainKey(key);

        robot.moveTo(cell);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> cell.getProperties().get(key) instanceof javafx.scene.control.Tooltip t && t.isShowing());
        javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) cell.getProperties().get(key);
        assertThat(tip.getText()).isEqualTo("True cat, predicted dog: 1 sample (50.0 % of true cat). Click to list them.");
        assertThat(grid.lookup("#confusion-cell-1-0").getProperties()).doesNotContainKey(key);
    }

    @Test
    void countsTintsAndTooltipsFollowTheMatrix() throws Exception {
        List<String> names = List.of("cat", "dog", "owl");
        ConfusionGrid grid = WaitForAsyncUtils.asyncFx(() -> {
            ConfusionGrid g = new ConfusionGrid((a, p) -> { });
            g.build(names);
            // true: cat x4, dog x2; predicted: cat x3 + dog x1, dog x2
            g.show(ConfusionMatrix.of(3, new int[] {0, 0, 0, 0, 1, 1}, new int[] {0, 0, 0, 1, 1, 1}), names);
            return g;
        }).get();
        assertThat(grid.countText(0, 0)).isEqualTo("3");
        assertThat(grid.countText(0, 1)).isEqualTo("1");
        assertThat(grid.countText(2, 2)).isEqualTo("0");
        Color right = grid.tintOf(0, 0);
        Color wrong = grid.tintOf(0, 1);
        assertThat(right.getBlue()).isGreaterThan(right.getRed());
        assertThat(right.getOpacity()).isCloseTo(0.12 + 0.83 * Math.sqrt(0.75), within(0.006));
        assertThat(wrong.getRed()).isGreaterThan(wrong.getBlue());
        assertThat(wrong.getOpacity()).isCloseTo(0.12 + 0.83 * Math.sqrt(0.25), within(0.006));
        assertThat(grid.tintOf(1, 1).getOpacity()).isCloseTo(0.95, within(0.006));
        assertThat(grid.tintOf(2, 2)).isEqualTo(Color.TRANSPARENT);
        assertThat(grid.describe(0, 1)).isEqualTo(
                "True cat, predicted dog: 1 sample (25.0 % of true cat). Click to list them.");

        WaitForAsyncUtils.asyncFx(() -> grid.show(
                ConfusionMatrix.of(3, new int[] {0, 0, 2}, new int[] {0, 0, 2}), names)).get();
        assertThat(grid.countText(0, 1)).isEqualTo("0");
        assertThat(grid.tintOf(0, 1)).isEqualTo(Color.TRANSPARENT);
        assertThat(grid.tintOf(2, 2).getOpacity()).isCloseTo(0.95, within(0.006));
        assertThat(grid.describe(2, 2)).startsWith("True owl, predicted owl: 1 sample ");
        assertThat(grid.lookupAll(".confusion-cell")).isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.getStyle()).isEmpty());
    }

    @Test
    void tenClassesNeverSqueezeBelowLegibleRows() throws Exception {
        List<String> digits = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        double[] min = WaitForAsyncUtils.asyncFx(() -> {
            ConfusionGrid g = new ConfusionGrid((a, p) -> { });
            g.build(digits);
            new javafx.scene.Scene(g); // styles applied, so text sizes are known
            g.applyCss();
            return new double[] {g.minHeight(-1), g.minWidth(-1)};
        }).get();
        assertThat(min[0]).isGreaterThanOrEqualTo(10 * 18);
        assertThat(min[1]).isGreaterThanOrEqualTo(10 * 24);
    }
}
