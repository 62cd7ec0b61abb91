package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.engine.session.SessionState;
import org.perceptra.model.TrainingSettings;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.live.LiveTraining.Phase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the dashboard with the mouse on real sample projects, trained by the real engine. */
@ExtendWith(ApplicationExtension.class)
class TrainingDashboardTest {
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

    private void open(Project project) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            training = LiveTraining.forProject(project, SAMPLES);
            dashboard = new TrainingDashboard(training);
            stage.setScene(new Scene(dashboard, 1100, 720));
            stage.show();
        }).get();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void await(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private long shownStep(FxRobot robot) throws Exception {
        String text = onFx(() -> robot.lookup("#step-count").queryAs(Label.class).getText());
        return Long.parseLong(text.replaceAll("^Step ([0-9,]+).*$", "$1").replace(",", ""));
    }

    /** Every step trained has reached the screen. */
    private boolean caughtUp() {
        return training.session() != null && training.session().iteration() == training.iterationProperty().get();
    }

    @Test
    void trainsSpiralPausesStepsOnceAndStops(FxRobot robot) throws Exception {
        open(ProjectFiles.load(SAMPLES.resolve("spiral.perceptra")));

        robot.clickOn("#train");
        await(60, () -> dashboard.lossView().stepCount() >= 60);

        double[] losses = onFx(() -> {
            LossView loss = dashboard.lossView();
            double first = 0;
            double last = 0;
            int n = loss.stepCount();
            for (int i = 0; i < 10; i++) {
                first += loss.stepLoss(i);
                last += loss.stepLoss(n - 1 - i);
            }
            return new double[] {first / 10, last / 10};
        });
        assertThat(losses[1]).as("mean loss of the last 10 steps against the first 10").isLessThan(losses[0]);

        robot.clickOn("#pause");
        await(10, () -> training.session().state() == SessionState.PAUSED && caughtUp());
        long paused = shownStep(robot);
        assertThat(paused).isEqualTo(onFx(() -> training.iterationProperty().get())).isGreaterThanOrEqualTo(60);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        assertThat(shownStep(robot)).as("steps while paused").isEqualTo(paused);

        robot.clickOn("#step-batch");
        await(10, () -> training.iterationProperty().get() == paused + 1);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(shownStep(robot)).as("one step batch").isEqualTo(paused + 1);
        assertThat(onFx(() -> training.session().iteration())).isEqualTo(paused + 1);

        robot.clickOn("#stop");
        await(10, () -> training.phaseProperty().get() == Phase.STOPPED);
        assertThat(onFx(() -> robot.lookup("#train").queryAs(Button.class).isDisabled())).isFalse();
        assertThat(onFx(() -> dashboard.lossView().stepCount())).isEqualTo((int) paused + 1);
        assertThat(onFx(() -> dashboard.boundaryView().node().isVisible())).isTrue();
    }

    @Test
    void anAbsurdLearningRateStopsWithTheDivergenceExplainedAndTheUiStillWorks(FxRobot robot) throws Exception {
        Project diabetes = ProjectFiles.load(SAMPLES.resolve("diabetes.perceptra"));
        TrainingSettings absurd = diabetes.training().withOptimizer(TrainingSettings.Optimizer.SGD).withLearningRate(50);
        open(diabetes.withTraining(absurd));

        long started = System.nanoTime();
        robot.clickOn("#train");
        await(60, () -> training.phaseProperty().get() == Phase.FAILED);
        System.out.printf("diverged after %.1f s%n", (System.nanoTime() - started) / 1e9);

        String problem = onFx(() -> robot.lookup("#training-problem").queryAs(Label.class).getText());
        assertThat(problem).contains("diverged", "infinite");
        assertThat(robot.lookup(".suggestion").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(s -> s.contains("Lower the learning rate"));
        assertThat(onFx(() -> dashboard.lossView().markerCount())).isPositive();

        robot.clickOn("#reset");
        await(10, () -> training.phaseProperty().get() == Phase.IDLE && dashboard.lossView().stepCount() == 0);
        assertThat(onFx(() -> robot.lookup(".problem-box").query().isVisible())).isFalse();
        robot.clickOn("#show-health");
        assertThat(onFx(() -> robot.lookup("#health-warnings").query().isVisible())).isTrue();
    }
}
