package org.perceptra.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.edit.Document;
import org.perceptra.edit.SetTraining;
import org.perceptra.engine.RunPreparation;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.project.ProjectJson;
import org.perceptra.project.RunHistory;
import org.perceptra.project.RunRecord;
import org.perceptra.ui.live.LiveTraining;
import org.perceptra.ui.live.LiveTraining.Phase;
import org.perceptra.ui.live.TrainingDashboard;
import org.perceptra.ui.live.ViewDock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Trains the spiral twice from a dashboard, then compares, renames, deletes and undeletes the runs by mouse. */
@ExtendWith(ApplicationExtension.class)
class RunsViewTest {
    private static final Path SAMPLES = Path.of("sample-projects").toAbsolutePath();

    private Stage stage;
    private Document document;
    private LiveTraining training;
    private RunsView runs;

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

    private void open(Project project) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            document = new Document(project);
            Project[] trained = new Project[1];
            training = LiveTraining.onFxThread(listener -> {
                trained[0] = document.project();
                return RunPreparation.prepare(trained[0].graph(), trained[0].dataset(), trained[0].training(),
                        SAMPLES, Runtime.getRuntime().maxMemory(), listener);
            });
            training.addObserver(new RunRecorder(document, () -> trained[0], training::trainedWeightsJson));
            ViewDock dock = RunsView.dock(document);
            runs = (RunsView) dock.views().get(0);
            SplitPane both = new SplitPane(new TrainingDashboard(training), dock);
            both.setOrientation(Orientation.VERTICAL);
            both.setDividerPositions(0.45);
            stage.setScene(new Scene(both, 1200, 780));
            stage.show();
        }).get();
    }

    /**
     * Clicks the node the lookup finds once it is on screen. The table rebuilds its rows when the project
     * changes (the recorder files the trained weights just after the run ends), so a row found a moment
     * earlier can have left the scene; look again until the one found is still shown.
     */
    private static void clickWhenShown(FxRobot robot, Callable<javafx.scene.Node> lookup) throws Exception {
        whenShown(lookup, robot::clickOn);
    }

    private static void whenShown(Callable<javafx.scene.Node> lookup,
            java.util.function.Consumer<javafx.scene.Node> click) throws Exception {
        for (int attempt = 0; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node node = lookup.call();
            if (onFx(() -> node.getScene() != null && node.isVisible()) || attempt == 20) {
                click.accept(node);
                return;
            }
        }
    }

    private void trainToTheEnd(FxRobot robot, int runsBefore) throws Exception {
        robot.clickOn("#train");
        await(60, () -> training.phaseProperty().get() == Phase.FINISHED && runs.runs().size() == runsBefore + 1);
    }

    @Test
    void everyRunIsRecordedComparedRenamedDeletedAndSavedWithTheProject(FxRobot robot) throws Exception {
        Project spiral = ProjectFiles.load(SAMPLES.resolve("spiral.perceptra"));
        open(spiral.withTraining(spiral.training().withBatchAndEpochs(64, 2)));

        assertThat(spiral.results().hasWeights()).isFalse();
        trainToTheEnd(robot, 0);
        // What the run learned is kept in the project, and fits its network.
        String learned = onFx(() -> document.project().results().weightsJson());
        assertThat(learned).isNotNull();
        org.perceptra.engine.WeightsJson.load(learned,
                org.perceptra.engine.GraphCompiler.compile(spiral.graph(), spiral.training()));
        assertThat(org.perceptra.engine.WeightsJson.scalers(learned)).isPresent();
        WaitForAsyncUtils.asyncFx(() -> document.execute(new SetTraining(
                document.project().training().withLearningRate(0.05)))).get();
        trainToTheEnd(robot, 1);

        List<RunRecord> recorded = onFx(() -> runs.runs());
        assertThat(recorded).extracting(RunRecord::name)
                .containsExactly("Run 1 — Adam lr 0.01", "Run 2 — Adam lr 0.05");
        RunRecord first = recorded.get(0);
        assertThat(first.epochs()).hasSize(2);
        assertThat(first.steps()).isEqualTo(first.stepLosses().length).isPositive();
        assertThat(first.graph()).isEqualTo(spiral.graph());
        assertThat(first.ending()).isEqualTo("completed");
        assertThat(first.finalValue("validation", "accuracy")).isPresent();
        assertThat(onFx(() -> runs.curveNames())).contains("Run 1 — Adam lr 0.01",
                "Run 1 — Adam lr 0.01 · validation", "Run 2 — Adam lr 0.05 · validation");

        // Unticking a run takes its curves off the chart.
        clickWhenShown(robot, () -> {
            javafx.scene.control.TableRow<?> row = robot.lookup("#runs-table .table-row-cell").match(
                    (javafx.scene.control.TableRow<?> r) -> r.getItem() instanceof RunRecord rr
                            && rr.name().startsWith("Run 1")).query();
            return robot.from(row).lookup(".check-box").queryAs(javafx.scene.Node.class);
        });
        await(5, () -> runs.curveNames().stream().noneMatch(n -> n.startsWith("Run 1")));
        robot.clickOn("#runs-figure").clickOn("accuracy");
        assertThat(onFx(() -> runs.curveNames())).containsExactly("Run 2 — Adam lr 0.05",
                "Run 2 — Adam lr 0.05 · validation");

        // Rename in place: double-click the name, type, Enter.
        whenShown(() -> robot.lookup("#runs-table .table-cell")
                .match((TableCell<?, ?> c) -> "Run 2 — Adam lr 0.05".equals(c.getText())).query(),
                cell -> robot.doubleClickOn(cell, MouseButton.PRIMARY));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("faster").type(KeyCode.ENTER);
        await(5, () -> RunHistory.of(document.project()).runs().get(1).name().equals("faster"));

        // Delete the selected run, then bring it back with the Undo link.
        clickWhenShown(robot, () -> robot.lookup("#runs-table .table-cell")
                .match((TableCell<?, ?> c) -> "Run 1 — Adam lr 0.01".equals(c.getText())).query());
        robot.clickOn("#delete-run");
        assertThat(onFx(() -> RunHistory.of(document.project()).runs())).extracting(RunRecord::name)
                .containsExactly("faster");
        robot.clickOn("#undo-delete-run");
        assertThat(onFx(() -> runs.runs())).extracting(RunRecord::name).containsExactly("Run 1 — Adam lr 0.01", "faster");

        Project reopened = ProjectJson.fromJson(ProjectJson.toJson(onFx(() -> document.project())), null);
        assertThat(RunHistory.of(reopened).runs()).extracting(RunRecord::name)
                .containsExactly("Run 1 — Adam lr 0.01", "faster");
        assertThat(reopened.results().weightsJson()).as("the second run's weights").isNotEqualTo(learned)
                .isEqualTo(onFx(() -> document.project().results().weightsJson()));
    }
}
