package org.perceptra.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetLoader;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.live.LiveTraining.Phase;
import org.perceptra.ui.live.evaluation.ConfusionMatrix;
import org.perceptra.ui.live.evaluation.SampleAnswer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Trains real sample projects for a few epochs in the dashboard and checks the evaluation views against what the
 * engine reported and against the data loaded independently: the confusion matrix, a cell's sample list, the ROC
 * curve and the misclassified pictures.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationViewsTest {
    private static final Path SAMPLES = Path.of("sample-projects").toAbsolutePath();

    private final List<TrainingEvent> events = new CopyOnWriteArrayList<>();
    private Stage stage;
    private LiveTraining training;
    private TrainingDashboard dashboard;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void reset() throws Exception {
        if (training != null) {
            WaitForAsyncUtils.asyncFx(() -> training.resetWeights()).get();
        }
    }

    /** Opens the sample, trains it for {@code epochs} and returns its data as the run prepared them. */
    private PreparedData trainSample(FxRobot robot, String name, int epochs) throws Exception {
        Project p = ProjectFiles.load(SAMPLES.resolve(name + ".perceptra"));
        Project project = p.withTraining(p.training().withBatchAndEpochs(p.training().batchSize(), epochs));
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            training = LiveTraining.forProject(project, SAMPLES);
            dashboard = new TrainingDashboard(training);
            training.addObserver(new LiveTraining.Observer() {
                @Override
                public void runPrepared(RunInfo run) {
                    events.clear();
                }

                @Override
                public void eventsArrived(List<TrainingEvent> batch) {
                    events.addAll(batch);
                }
            });
            stage.setScene(new Scene(dashboard, 1280, 800));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
        }).get();
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> onFx(() -> training.phaseProperty().get() == Phase.FINISHED));
        WaitForAsyncUtils.waitForFxEvents();
        return PreparedData.prepare(DatasetLoader.load(project.dataset().source(), SAMPLES), project.dataset());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private TrainingEvent.EpochEnded lastEpoch() {
        return events.stream().filter(TrainingEvent.EpochEnded.class::isInstance)
                .map(TrainingEvent.EpochEnded.class::cast).reduce((a, b) -> b).orElseThrow();
    }

    /** The view is redrawn at most 5 times a second: wait until it shows the last epoch. */
    private void awaitMatrixOfLastEpoch(int epochs) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> dashboard.confusionView().matrix() != null
                && robot().lookup("#confusion-caption").queryLabeled().getText().contains("epoch " + epochs + ":")));
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @Test
    void irisConfusionMatrixAddsUpToTheValidationPartAndListsTheSamplesOfAClickedCell(FxRobot robot)
            throws Exception {
        PreparedData data = trainSample(robot, "iris", 4);
        robot.clickOn("#show-confusion-matrix");
        awaitMatrixOfLastEpoch(4);

        ConfusionMatrix m = onFx(() -> dashboard.confusionView().matrix());
        assertThat(m.classes()).isEqualTo(3);
        assertThat(m.total()).isEqualTo(data.validation().size()).isPositive();
        assertThat(m.accuracy()).isCloseTo(lastEpoch().validationMetrics().get("accuracy"), within(1e-12));
        for (int c = 0; c < 3; c++) {
            assertThat(m.rowTotal(c)).as("class %d", c).isEqualTo(data.validation().classCounts()[c]);
        }

        int[] cell = fullestMistake(m);
        robot.clickOn("#confusion-cell-" + cell[0] + "-" + cell[1]);
        List<SampleAnswer> listed = onFx(() -> dashboard.confusionView().listedSamples());
        assertThat(listed).hasSize(m.count(cell[0], cell[1])).isNotEmpty();
        assertThat(onFx(() -> robot.lookup("#confusion-sample-table").queryAs(TableView.class).getItems().size()))
                .isEqualTo(listed.size());
        for (SampleAnswer a : listed) {
            assertThat(a.actual()).isEqualTo(cell[0]).isEqualTo(data.validation().classOf(a.sample()));
            assertThat(a.predicted()).isEqualTo(cell[1]);
        }
        assertThat(onFx(() -> robot.lookup("#confusion-samples-title").queryLabeled().getText()))
                .contains(listed.size() + " sample");

        robot.clickOn("#confusion-samples-close");
        assertThat(onFx(() -> dashboard.confusionView().listedSamples())).isEmpty();
        assertThat(onFx(() -> dashboard.planeDock().offers(dashboard.rocView()))).as("three classes").isFalse();
        assertThat(onFx(() -> dashboard.planeDock().offers(dashboard.misclassifiedView()))).as("not pictures")
                .isFalse();
    }

    /** The off-diagonal cell with most samples, or the fullest diagonal one when there is no mistake. */
    private static int[] fullestMistake(ConfusionMatrix m) {
        int[] best = {0, 0};
        int most = -1;
        for (int pass = 0; pass < 2 && most <= 0; pass++) {
            for (int a = 0; a < m.classes(); a++) {
                for (int p = 0; p < m.classes(); p++) {
                    if ((pass == 0) != (a == p) && m.count(a, p) > most) {
                        most = m.count(a, p);
                        best = new int[] {a, p};
                    }
                }
            }
        }
        return best;
    }

    @Test
    void twoMoonsShowsARocCurveWithTheEpochsArea(FxRobot robot) throws Exception {
        trainSample(robot, "two-moons", 3);
        robot.clickOn("#show-roc-curve");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> dashboard.rocView().pointCount() > 2));

        double auc = onFx(() -> dashboard.rocView().auc());
        assertThat(auc).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        assertThat(auc).isCloseTo(lastEpoch().validationMetrics().get("auc"), within(1e-6));
        assertThat(onFx(() -> robot.lookup("#roc-chart").query().isVisible())).isTrue();
        assertThat(onFx(() -> dashboard.planeDock().offers(dashboard.boundaryView()))).isTrue();
    }

    @Test
    void digitsShowsMistakenPicturesMostConfidentFirst(FxRobot robot) throws Exception {
        PreparedData data = trainSample(robot, "digits", 2);
        assertThat(onFx(() -> dashboard.planeDock().shown())).as("no plane: the matrix comes first")
                .isSameAs(dashboard.confusionView());
        robot.clickOn("#show-misclassified");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !dashboard.misclassifiedView().shown()
                .isEmpty()));

        List<SampleAnswer> shown = onFx(() -> dashboard.misclassifiedView().shown());
        Dataset validation = data.validation();
        assertThat(shown.size()).isLessThanOrEqualTo(MisclassifiedView.CAP);
        for (SampleAnswer a : shown) {
            assertThat(a.actual()).isEqualTo(validation.classOf(a.sample()));
            assertThat(a.predicted()).isNotEqualTo(a.actual());
        }
        for (int i = 1; i < shown.size(); i++) {
            assertThat(shown.get(i).confidence()).isLessThanOrEqualTo(shown.get(i - 1).confidence());
        }
        assertThat(onFx(() -> robot.lookup("#misclassified-tiles").queryAs(FlowPane.class).getChildren().size()))
                .isEqualTo(shown.size());

        robot.clickOn("#show-confusion-matrix");
        int[] cell = {shown.get(0).actual(), shown.get(0).predicted()};
        robot.clickOn("#confusion-cell-" + cell[0] + "-" + cell[1]);
        List<SampleAnswer> listed = onFx(() -> dashboard.confusionView().listedSamples());
        assertThat(listed).extracting(SampleAnswer::sample).contains(shown.get(0).sample());
        assertThat(onFx(() -> robot.lookup("#confusion-sample-table .image-view").queryAll().size()))
                .as("pictures in the list").isPositive();
    }
}
