package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.engine.session.Histogram;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingEvent.LayerStats;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The views fed with synthetic events, as the engine will send them. */
@ExtendWith(ApplicationExtension.class)
class LiveViewsTest {
    private static final RunInfo TWO_CLASSES = new RunInfo(true, List.of("a", "b"), new PlanePoints(
            new float[] {-1, 1}, new float[] {-1, 1}, new float[] {0, 1}, new boolean[] {false, true}));

    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    private void show(LiveView view) throws Exception {
        onFx(() -> {
            stage.setScene(new Scene(new StackPane(view.node()), 600, 400));
            stage.show();
            view.runPrepared(TWO_CLASSES);
            return null;
        });
    }

    private static TrainingEvent.WeightSnapshot snapshot(long step, float spread, double ratio, double dead) {
        float[] w = new float[200];
        for (int i = 0; i < w.length; i++) {
            w[i] = spread * (i - 100) / 100f;
        }
        Histogram h = Histogram.of(w, 20);
        return new TrainingEvent.WeightSnapshot(step, List.of(new LayerStats("hidden_1", h, h, h, h, ratio, 0.2, 0.6, dead),
                new LayerStats("output", h, h, h, h, 1e-3, 0.5, 0.3, Double.NaN)));
    }

    @Test
    void weightsViewKeepsAHistoryPerLayerAndExportsIt(@TempDir Path dir) throws Exception {
        WeightsView view = new WeightsView();
        show(view);
        onFx(() -> {
            view.apply(List.of(snapshot(10, 1, 1e-3, 0), snapshot(20, 2, 1e-3, 0)));
            view.apply(List.of(snapshot(30, 3, 1e-3, 0)));
            return null;
        });

        assertThat(onFx(view::layerNames)).containsExactly("hidden_1", "output");
        assertThat(onFx(view::historySize)).isEqualTo(3);
        onFx(() -> {
            view.exportCsv(dir.resolve("w.csv"));
            view.exportPng(dir.resolve("w.png"));
            return null;
        });
        List<String> csv = Files.readAllLines(dir.resolve("w.csv"));
        assertThat(csv.get(0)).startsWith("layer,quantity,step,q0");
        assertThat(csv).hasSize(1 + 2 * 4 * 3); // two layers, four quantities, three snapshots
        assertThat(Files.size(dir.resolve("w.png"))).isGreaterThan(1000);
    }

    @Test
    void healthViewWarnsInPlainWordsAndClearsForANewRun() throws Exception {
        HealthView view = new HealthView();
        show(view);
        onFx(() -> {
            view.apply(List.of(snapshot(10, 1, 0.5, 0.8)));
            return null;
        });

        assertThat(onFx(() -> List.copyOf(view.warnings()))).extracting(HealthWarning::message)
                .anyMatch(m -> m.contains("exploding")).anyMatch(m -> m.contains("80%") && m.contains("dead"));
        onFx(() -> {
            view.runPrepared(TWO_CLASSES);
            return null;
        });
        assertThat(onFx(() -> view.warnings().size())).isZero();
    }

    @Test
    void decisionBoundaryDrawsOnlyTheNewestOfABatchAndExportsTheGrid(@TempDir Path dir) throws Exception {
        DecisionBoundaryView view = new DecisionBoundaryView();
        show(view);
        float[] values = {1, 0, 0, 1, 0.5f, 0.5f, 0.2f, 0.8f};
        onFx(() -> {
            view.apply(List.of(new TrainingEvent.DecisionBoundary(5, 2, -2, 2, -2, 2, 2, values),
                    new TrainingEvent.DecisionBoundary(6, 2, -2, 2, -2, 2, 2, values)));
            view.exportCsv(dir.resolve("b.csv"));
            view.exportPng(dir.resolve("b.png"));
            return null;
        });

        assertThat(onFx(view::updateCount)).isEqualTo(1);
        List<String> csv = Files.readAllLines(dir.resolve("b.csv"));
        assertThat(csv).containsExactly("x,y,p_a,p_b", "-1.0,-1.0,1.0,0.0", "1.0,-1.0,0.0,1.0", "-1.0,1.0,0.5,0.5",
                "1.0,1.0,0.2,0.8");
        assertThat(Files.size(dir.resolve("b.png"))).isGreaterThan(1000);
    }

    @Test
    void lossViewMarksNonFiniteLossesAndTheDivergence(@TempDir Path dir) throws Exception {
        LossView view = new LossView();
        show(view);
        onFx(() -> {
            view.apply(List.of(new TrainingEvent.Iterations(1, 0, new float[] {1f, 0.9f, Float.NaN},
                            new float[] {0.1f, 0.1f, 0.1f}, 100),
                    new TrainingEvent.RunFailed(3, "Training diverged", null, List.of("Lower the learning rate."))));
            view.setLogScale(true);
            view.exportCsv(dir.resolve("l.csv"));
            return null;
        });

        assertThat(onFx(view::stepCount)).isEqualTo(3);
        assertThat(onFx(view::markerCount)).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("l.csv"))).element(3).asString().startsWith("3,NaN");
    }

    @Test
    void metricsViewShowsTheHeadlineMetricsOnly() throws Exception {
        MetricsView view = new MetricsView();
        show(view);
        onFx(() -> {
            view.apply(List.of(new TrainingEvent.RunStarted(0, "", 1, 3, 10, 0),
                    new TrainingEvent.EpochEnded(10, 0, 1, 1, Map.of("mae", 0.5, "r2", 0.3, "rmse", 0.7),
                            Map.of("mae", 0.6, "r2", 0.2, "rmse", 0.8))));
            return null;
        });

        assertThat(onFx(view::seriesNames)).containsExactlyInAnyOrder("R² (training)", "R² (validation)",
                "MAE (training)", "MAE (validation)");
    }

    @Test
    void predictionsViewPlotsTheLatestPreviewAndExportsIt(@TempDir Path dir) throws Exception {
        PredictionsView view = new PredictionsView();
        show(view);
        onFx(() -> {
            view.apply(List.of(new TrainingEvent.RegressionPreview(5, new float[] {1, 2}, new float[] {1.5f, 2.5f}),
                    new TrainingEvent.RegressionPreview(9, new float[] {1, 2, Float.NaN}, new float[] {1, 2, 3})));
            view.exportCsv(dir.resolve("p.csv"));
            return null;
        });

        assertThat(onFx(view::sampleCount)).isEqualTo(3);
        assertThat(Files.readAllLines(dir.resolve("p.csv"))).containsExactly("true_value,prediction,residual",
                "1.0,1.0,0.0", "2.0,2.0,0.0", "3.0,NaN,NaN");
    }
}
