package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.engine.session.Histogram;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingEvent.LayerStats;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Views off screen do not redraw, catch up when shown, and never miss the last change. */
@ExtendWith(ApplicationExtension.class)
class RedrawOnScreenTest {
    private Stage stage;
    private TrainingDashboard dashboard;

    @Start
    void start(Stage s) {
        stage = s;
        dashboard = new TrainingDashboard(LiveTraining.onFxThread(listener -> {
            throw new IllegalStateException("no run in this test");
        }));
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    private void run(Runnable r) throws Exception {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    private static TrainingEvent.WeightSnapshot snapshot(long step) {
        float[] w = new float[100];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i - 50) / (50f + step);
        }
        Histogram h = Histogram.of(w, 10);
        return new TrainingEvent.WeightSnapshot(step, List.of(new LayerStats("dense", h, h, h, h, 1e-3, 0.1, 0.5, 0),
                new LayerStats("output", h, h, h, h, 1e-3, 0.2, 0.4, Double.NaN)));
    }

    private static TrainingEvent.Iterations steps(long first, int count) {
        float[] loss = new float[count];
        float[] rate = new float[count];
        for (int i = 0; i < count; i++) {
            loss[i] = 1f / (first + i);
            rate[i] = 0.01f;
        }
        return new TrainingEvent.Iterations(first, 0, loss, rate, 500);
    }

    private void showDashboard() throws Exception {
        run(() -> {
            stage.setScene(new Scene(dashboard, 1200, 760));
            stage.show();
            dashboard.runPrepared(RunInfo.NONE);
        });
    }

    @Test
    void aViewBehindAnotherInItsDockNeverRedrawsAndCatchesUpWhenShown() throws Exception {
        showDashboard();
        HealthView health = dashboard.healthView();
        long before = onFx(health::redrawCount);
        for (int i = 1; i <= 12; i++) {
            long step = i * 10L;
            run(() -> dashboard.eventsArrived(List.of(snapshot(step))));
            WaitForAsyncUtils.sleep(30, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.sleep(RedrawScheduler.LATE_NANOS / 1_000_000 + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(health::redrawCount)).as("redraws while behind the weights").isEqualTo(before);
        assertThat(onFx(() -> dashboard.weightsView().redrawCount())).as("the weights in front redrew")
                .isGreaterThan(0);

        run(dashboard::showHealth);

        assertThat(onFx(health::redrawCount)).as("one redraw on coming to the front").isEqualTo(before + 1);
        assertThat(onFx(health::redrawPending)).isFalse();
        assertThat(onFx(() -> ((javafx.scene.control.TableView<?>) dashboard.lookup("#health-table")).getItems()
                .size())).as("a row per layer").isEqualTo(2);
    }

    @Test
    void aDashboardOnATabNotChosenDrawsNothingUntilTheTabIs() throws Exception {
        Tab other = new Tab("Network", new Label("the network"));
        Tab training = new Tab("Training run", dashboard);
        run(() -> {
            stage.setScene(new Scene(new TabPane(other, training), 1200, 800));
            stage.show();
            dashboard.runPrepared(RunInfo.NONE);
        });
        LossView loss = dashboard.lossView();
        long before = onFx(loss::redrawCount);
        for (int i = 0; i < 10; i++) {
            long first = 1 + i * 20L;
            run(() -> dashboard.eventsArrived(List.of(steps(first, 20))));
        }
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(loss::redrawCount)).as("redraws on a hidden tab").isEqualTo(before);

        run(() -> training.getTabPane().getSelectionModel().select(training));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(loss::redrawCount)).isEqualTo(before + 1);
        assertThat(onFx(() -> loss.charts().get(0).getXYPlot().getDataset(0).getItemCount(0)))
                .as("every step drawn").isEqualTo(200);
    }

    @Test
    void theLossRedrawsWithEveryDeliveryAndTheOthersAtTheirRateButNeverMissTheLastChange() throws Exception {
        showDashboard();
        WeightsView weights = dashboard.weightsView();
        LossView loss = dashboard.lossView();
        long lossBefore = onFx(loss::redrawCount);
        long weightsBefore = onFx(weights::redrawCount);
        List<Long> deliveries = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 6; i++) { // six deliveries in quick succession: far more often than weights may redraw
            long first = 1 + i * 10L;
            run(() -> dashboard.eventsArrived(List.of(steps(first, 10), snapshot(first))));
            deliveries.add(first);
        }

        long elapsed = System.nanoTime() - started;
        // On a quiet machine the six take a few milliseconds and weights may redraw once; on a loaded one they can
        // span periods, and each period allows one more. What must never happen is a redraw per delivery.
        long allowed = 1 + elapsed / (ChartView.MIN_REDRAW_NANOS - RedrawScheduler.ALIGN_NANOS);

        assertThat(onFx(loss::redrawCount) - lossBefore).isEqualTo(6);
        assertThat(onFx(weights::redrawCount) - weightsBefore).as("weights redraws at once (%d ms for six deliveries)",
                elapsed / 1_000_000).isLessThanOrEqualTo(Math.min(allowed, 5));

        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> !onFx(weights::redrawPending));
        assertThat(onFx(weights::redrawCount) - weightsBefore).isBetween(1L, Math.min(allowed + 1, 5));
        assertThat(onFx(() -> weights.charts().get(0).getXYPlot().getDataset().getItemCount(0)))
                .as("the band over time shows the last snapshot too").isEqualTo(deliveries.size());
    }
}
