package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
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
            // A Group gives the holder its preferred size whatever size the shared test stage has kept.
            holder.setPrefSize(400, 250);
            stage.setScene(new Scene(new Group(holder)));
            stage.show();
            return v;
        }).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.learningRateAxisLabel().isBlank());

        WaitForAsyncUtils.asyncFx(() -> holder.setPrefSize(400, 700)).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "learning rate".equals(view.learningRateAxisLabel()));
        assertThat(MetricsView.labelsLearningRate(MetricsView.LEARNING_RATE_LABEL_HEIGHT - 1)).isFalse();
    }
}
