package org.perceptra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.edit.MoveNodes;
import org.perceptra.edit.SetParam;
import org.perceptra.engine.session.Histogram;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A weight snapshot with dead ReLU units in one layer reaches the dashboard the way a run's events do; the
 * Network tab then shows a health badge on that layer's card, whose tooltip says what is wrong and what to try.
 */
@ExtendWith({ApplicationExtension.class, org.perceptra.ui.CleanStages.class})
class HealthBadgesTest {
    private static final NodeId HIDDEN_2 = NodeId.of("hidden_2");
    private ShellWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path config = Files.createTempDirectory("perceptra-config");
        window = new ShellWindow(stage, new ShellEnvironment(new SettingsFile(config), new RecoveryStore(config),
                new ScriptedFileDialogs(), Clock.systemDefaultZone(), Runnable::run));
        stage.sizeToScene();
        stage.centerOnScreen();
        window.show(Optional.of(Path.of("sample-projects/spiral.perceptra").toAbsolutePath()));
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static TrainingEvent.LayerStats stats(String node, double ratio, double dead) {
        Histogram h = Histogram.of(new float[] {0.1f, -0.2f, 0.3f}, 8);
        return new TrainingEvent.LayerStats(node, h, h, h, h, ratio, 0.2, 0.5, dead);
    }

    @Test
    void deadUnitsInOneLayerBadgeItsCardUntilTheDesignChanges(FxRobot robot) throws Exception {
        // What a run does before its first snapshot: the views and the canvas start afresh.
        WaitForAsyncUtils.asyncFx(() -> window.workspace().training().resetWeights()).get();
        WaitForAsyncUtils.asyncFx(() -> window.workspace().dashboard().eventsArrived(List.of(
                new TrainingEvent.WeightSnapshot(40, List.of(stats("hidden_1", 1e-3, 0.1),
                        stats("hidden_2", 1e-3, 0.8), stats("hidden_3", 1e-3, Double.NaN)))))).get();
        robot.clickOn("#tab-network");

        var canvas = window.workspace().canvas();
        assertThat(onFx(() -> canvas.healthTooltip(NodeId.of("hidden_1")))).isEmpty();
        assertThat(onFx(() -> canvas.healthTooltip(HIDDEN_2))).contains("80% of the units of hidden_2 output 0",
                "Try: Lower the learning rate, use LeakyReLU");
        List<Node> badges = robot.lookup(".health-badge-box").match(Node::isVisible).queryAll().stream().toList();
        assertThat(badges).hasSize(1);

        robot.moveTo(badges.get(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && w.isShowing() && t.getText().contains("dead ReLU units"))));

        // Moving the card keeps the badge: the trained network is still the one on screen.
        WaitForAsyncUtils.asyncFx(() -> window.openProject().document().execute(
                new MoveNodes(java.util.Map.of(HIDDEN_2, new Position(300, 300))))).get();
        assertThat(onFx(() -> canvas.healthTooltip(HIDDEN_2))).isNotEmpty();
        // A changed layer is no longer the network that was trained: the badges go until the next run.
        WaitForAsyncUtils.asyncFx(() -> window.openProject().document().execute(
                new SetParam(HIDDEN_2, "units", 12))).get();
        assertThat(onFx(() -> canvas.healthTooltip(HIDDEN_2))).isEmpty();
        assertThat(robot.lookup(".health-badge-box").match(Node::isVisible).queryAll()).isEmpty();
    }
}
