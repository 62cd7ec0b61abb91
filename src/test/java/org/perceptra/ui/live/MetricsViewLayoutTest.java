package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a short dock the learning rate's strip (a quarter of the chart) was shorter than its rotated axis name, which
 * ran into "score" above it (seen in a screenshot of MNIST at 1440x900): the name shows only where it fits.
 */
@ExtendWith(ApplicationExtension.class)
class MetricsViewLayoutTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @Test
    void theLearningRateAxisIsNamedOnlyWhereItsStripHasRoomForTheName() throws Exception {
        StackPane holder = new StackPane();
        MetricsView view = WaitForAsyncUtils.asyncFx(() -> {
            MetricsView v = new MetricsView();
            holder.getChildren().add(v.node());
            stage.setScene(new Scene(holder, 400, 250));
            stage.show();
            return v;
        }).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.learningRateAxisLabel().isBlank());

        WaitForAsyncUtils.asyncFx(() -> stage.setHeight(700)).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "learning rate".equals(view.learningRateAxisLabel()));
        assertThat(MetricsView.labelsLearningRate(MetricsView.LEARNING_RATE_LABEL_HEIGHT - 1)).isFalse();
    }
}
