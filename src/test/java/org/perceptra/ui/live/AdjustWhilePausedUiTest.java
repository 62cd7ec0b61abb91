package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.engine.session.SessionState;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.live.LiveTraining.Phase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pauses the spiral, types a new learning rate, resumes: training goes on at the new rate, marked on the chart. */
@ExtendWith(ApplicationExtension.class)
class AdjustWhilePausedUiTest {
    private static final Path SAMPLES = Path.of("sample-projects").toAbsolutePath();

    private Stage stage;
    private LiveTraining training;
    private TrainingDashboard dashboard;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void stopTraining() throws Exception {
        if (training != null) {
            WaitForAsyncUtils.asyncFx(() -> training.resetWeights()).get();
        }
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void await(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }

    @Test
    void aLearningRateTypedWhilePausedIsUsedAfterResuming(FxRobot robot) throws Exception {
        Project spiral = ProjectFiles.load(SAMPLES.resolve("spiral.perceptra"));
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            training = LiveTraining.forProject(spiral, SAMPLES);
            dashboard = new TrainingDashboard(training);
            stage.setScene(new Scene(dashboard, 1200, 760));
            stage.show();
        }).get();
        assertThat(onFx(() -> robot.lookup("#adjust-panel").query().isVisible())).isFalse();

        robot.clickOn("#train");
        await(60, () -> dashboard.lossView().stepCount() >= 30);
        assertThat(robot.lookup("#snapshot-note").queryAs(Label.class).getText())
                .startsWith("Training a copy of the network taken at").endsWith("edits apply to the next run");
        robot.clickOn("#pause");
        await(10, () -> training.session().state() == SessionState.PAUSED
                && training.session().iteration() == training.iterationProperty().get()
                && robot.lookup("#adjust-panel").query().isVisible());
        long paused = onFx(() -> training.iterationProperty().get());
        assertThat(onFx(() -> dashboard.metricsView().lastLearningRate())).isEqualTo(0.01, org.assertj.core.data.Offset.offset(1e-9));

        robot.doubleClickOn("#adjust-learning-rate").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("abc");
        robot.clickOn("#apply-adjustment");
        assertThat(onFx(() -> dashboard.controls().adjustPanel().statusText())).contains("is not a number");

        robot.doubleClickOn("#adjust-learning-rate").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("0.002");
        robot.clickOn("#apply-adjustment");
        await(10, () -> dashboard.lossView().adjustmentCount() == 1);
        assertThat(onFx(() -> dashboard.controls().adjustPanel().statusText()))
                .contains("learning rate 0.01 → 0.002");

        robot.clickOn("#resume");
        await(60, () -> training.iterationProperty().get() >= paused + 30);
        assertThat(onFx(() -> training.phaseProperty().get())).isEqualTo(Phase.RUNNING);
        assertThat(onFx(() -> dashboard.metricsView().lastLearningRate()))
                .isEqualTo(0.002, org.assertj.core.data.Offset.offset(1e-9));
    }
}
