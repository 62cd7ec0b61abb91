package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingEvent.EvaluationSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The evaluation views fed with synthetic snapshots: what they export, and the residuals switch. */
@ExtendWith(ApplicationExtension.class)
class EvaluationExportTest {
    private static final RunInfo TWO_CLASSES = new RunInfo(true, List.of("cat", "dog"), PlanePoints.EMPTY);
    private static final EvaluationSnapshot SNAPSHOT = new EvaluationSnapshot(40, 3, "validation", 5,
            new int[] {0, 0, 1, 1, 1}, new int[] {0, 1, 1, 1, 0}, new float[] {0.9f, 0.6f, 0.8f, 0.7f, 0.55f},
            new float[] {0.1f, 0.6f, 0.8f, 0.7f, 0.45f});

    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    private void show(LiveView view, RunInfo run) throws Exception {
        onFx(() -> {
            stage.setScene(new Scene(new BorderPane(view.node(), view.tools(), null, null, null), 600, 400));
            stage.show();
            view.runPrepared(run);
            view.apply(List.of(SNAPSHOT));
            return null;
        });
    }

    @Test
    void confusionMatrixExportsItsCountsAndAPicture(@TempDir Path dir) throws Exception {
        ConfusionMatrixView view = new ConfusionMatrixView();
        show(view, TWO_CLASSES);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> view.matrix() != null));
        onFx(() -> {
            view.exportCsv(dir.resolve("m.csv"));
            view.exportPng(dir.resolve("m.png"));
            return null;
        });
        assertThat(Files.readAllLines(dir.resolve("m.csv"))).containsExactly("true_class,predicted_cat,predicted_dog",
                "cat,1,1", "dog,1,2");
        assertThat(Files.size(dir.resolve("m.png"))).isPositive();
    }

    @Test
    void rocExportsEveryPointOfTheCurve(@TempDir Path dir) throws Exception {
        RocView view = new RocView();
        show(view, TWO_CLASSES);
        onFx(() -> {
            view.exportCsv(dir.resolve("roc.csv"));
            return null;
        });
        // Dogs score 0.8, 0.7, 0.45; cats 0.6, 0.1: 5 of 6 pairs ordered right.
        assertThat(onFx(view::auc)).isEqualTo(5 / 6.0, org.assertj.core.data.Offset.offset(1e-12));
        List<String> lines = Files.readAllLines(dir.resolve("roc.csv"));
        assertThat(lines.get(0)).isEqualTo("threshold,false_positive_rate,true_positive_rate");
        assertThat(lines).hasSize(1 + 6).last().isEqualTo("0.10000000149011612,1.0,1.0");
    }

    @Test
    void predictionsSwitchToResidualsWithTheMouse(FxRobot robot) throws Exception {
        PredictionsView view = new PredictionsView();
        show(view, new RunInfo(false, List.of(), PlanePoints.EMPTY));
        onFx(() -> {
            view.apply(List.of(new TrainingEvent.RegressionPreview(5, new float[] {1, 3}, new float[] {1.5f, 2.5f})));
            return null;
        });
        assertThat(onFx(view::showsResiduals)).isFalse();
        robot.clickOn("#predictions-residuals");
        assertThat(onFx(view::showsResiduals)).isTrue();
        assertThat(onFx(() -> view.charts().get(0).getXYPlot().getDataset().getYValue(0, 1))).isEqualTo(0.5);
        assertThat(onFx(() -> view.charts().get(0).getXYPlot().getRangeAxis().getLabel())).startsWith("residual");
    }
}
