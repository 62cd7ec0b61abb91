package org.perceptra.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.ui.canvas.DesignerFixture.call;
import static org.perceptra.ui.canvas.DesignerFixture.drag;
import static org.perceptra.ui.canvas.DesignerFixture.onFx;

import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.model.Connection;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Wiring refusals, delete, marquee, clipboard and moving on a small chain, all driven by mouse and keys. */
@ExtendWith({ApplicationExtension.class, org.perceptra.ui.CleanStages.class})
class EditingGesturesTest {
    private static final NodeId INPUT = NodeId.of("input_1");
    private static final NodeId D1 = NodeId.of("dense_1");
    private static final NodeId D2 = NodeId.of("dense_2");
    private static final NodeId OUT = NodeId.of("output_1");

    private final DesignerFixture designer = new DesignerFixture(DesignerFixture.chain());

    @Start
    void start(Stage stage) {
        designer.show(stage);
    }

    @Test
    void aRefusedWireSaysWhyWhileDraggedAndIsNotMade(FxRobot robot) {
        robot.moveTo(designer.outPort("dense_2")).press(MouseButton.PRIMARY);
        robot.moveTo(designer.body("input_1"));
        robot.moveTo(designer.body("dense_1"));

        assertThat(call(() -> designer.canvas.hud().hintText())).contains("would make a loop");
        assertThat(call(() -> designer.view("dense_1").getPseudoClassStates())).contains(NodeView.DROP_REFUSED);

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(designer.graph().connections()).hasSize(3).doesNotContain(new Connection(D2, D1));
        assertThat(call(() -> designer.canvas.hud().toastText())).contains("would make a loop");
        assertThat(call(() -> designer.view("dense_1").getPseudoClassStates())).doesNotContain(NodeView.DROP_REFUSED);
    }

    @Test
    void anInputTakesNoWireAndSaysSo(FxRobot robot) {
        robot.moveTo(designer.outPort("dense_1")).press(MouseButton.PRIMARY);
        robot.moveTo(designer.body("input_1"));
        assertThat(call(() -> designer.canvas.hud().hintText())).contains("takes no inputs");
        robot.release(MouseButton.PRIMARY);
        assertThat(designer.graph().connections()).hasSize(3);
    }

    @Test
    void deletingALayerTakesItsWiresAndOneUndoBringsAllBack(FxRobot robot) {
        robot.clickOn(designer.body("dense_1"));
        robot.type(KeyCode.DELETE);

        assertThat(designer.graph().nodeIds()).containsExactly(INPUT, D2, OUT);
        assertThat(designer.graph().connections()).containsExactly(new Connection(D2, OUT));

        onFx(designer.document::undo);
        assertThat(designer.graph()).isEqualTo(DesignerFixture.chain().graph());
        assertThat(designer.document.canUndo()).isFalse();
        assertThat(call(() -> designer.canvas.graphScene().wireViews().size())).isEqualTo(3);
    }

    @Test
    void shiftDraggingTheBackgroundSelectsWhatTheRectangleTouches(FxRobot robot) {
        Point2D from = designer.screenOf(300, 60);
        Point2D to = designer.screenOf(700, 200);
        robot.press(KeyCode.SHIFT);
        drag(robot, from, to);
        robot.release(KeyCode.SHIFT);

        assertThat(designer.selection.snapshot()).containsExactlyInAnyOrder(D1, D2);
        assertThat(call(() -> designer.view("dense_1").getPseudoClassStates())).contains(NodeView.SELECTED);
        assertThat(call(() -> designer.view("input_1").getPseudoClassStates())).doesNotContain(NodeView.SELECTED);
    }

    @Test
    void copyAndPasteKeepTheWiresInsideTheSelectionOnly(FxRobot robot) {
        robot.clickOn(designer.body("dense_1"));
        robot.press(KeyCode.SHIFT).clickOn(designer.body("dense_2")).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);

        NodeId p1 = NodeId.of("dense_3");
        NodeId p2 = NodeId.of("dense_4");
        assertThat(designer.graph().nodeIds()).hasSize(6).contains(p1, p2);
        assertThat(designer.graph().connections()).hasSize(4).contains(new Connection(p1, p2));
        assertThat(designer.graph().inputsOf(p1)).isEmpty();
        assertThat(designer.graph().outputsOf(p2)).isEmpty();
        assertThat(designer.selection.snapshot()).containsExactlyInAnyOrder(p1, p2);
        assertThat(designer.node("dense_3").position()).isEqualTo(designer.node("dense_1").position().plus(40, 40));
    }

    @Test
    void aDragMovesTheLayerInOneUndoStep(FxRobot robot) {
        Position before = designer.node("dense_2").position();
        Point2D grab = designer.body("dense_2");
        robot.moveTo(grab).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 5; i++) {
            robot.moveTo(grab.add(20 * i, 12 * i));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        double zoom = call(() -> designer.canvas.zoomProperty().get());
        Position after = designer.node("dense_2").position();
        assertThat(after.x() - before.x()).isCloseTo(100 / zoom, org.assertj.core.data.Offset.offset(1.0));
        assertThat(after.y() - before.y()).isCloseTo(60 / zoom, org.assertj.core.data.Offset.offset(1.0));
        assertThat(designer.document.undoLabel()).contains("Move dense_2");

        onFx(designer.document::undo);
        assertThat(designer.node("dense_2").position()).isEqualTo(before);
        assertThat(designer.document.canUndo()).isFalse();
        assertThat(call(() -> designer.view("dense_2").getLayoutX())).isEqualTo(before.x());
    }

    @Test
    void arrowKeysNudgeTheSelectionByTheGrid(FxRobot robot) {
        robot.clickOn(designer.body("output_1"));
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        assertThat(designer.node("output_1").position()).isEqualTo(new Position(840 + GraphCanvas.GRID, 120 + GraphCanvas.GRID));
        assertThat(designer.document.undoLabel()).contains("Move output_1");
    }

    @Test
    void clickingAProblemSelectsAndRevealsItsLayer(FxRobot robot) {
        onFx(() -> designer.document.execute(new org.perceptra.edit.SetParam(INPUT, "shape", List.of(1, 8, 8))));
        onFx(() -> {
            designer.selection.clear();
            designer.canvas.zoomIn();
            designer.canvas.viewport().panBy(-2000, 0); // the layer is now far off screen
        });
        String message = designer.document.analysis().diagnosticsFor(D1).get(0).message();
        assertThat(message).contains("expects a vector");
        assertThat(call(() -> designer.view("dense_1").badgeText())).contains(message);

        robot.clickOn(robot.lookup(".problem-message").match(n -> message.equals(((javafx.scene.control.Label) n).getText()))
                .queryAs(javafx.scene.Node.class));

        assertThat(designer.selection.snapshot()).isEqualTo(Set.of(D1));
        Point2D centre = call(() -> {
            NodeView v = designer.view("dense_1");
            return designer.canvas.screenToLocal(v.localToScreen(v.width() / 2, v.height() / 2));
        });
        double width = call(() -> designer.canvas.getWidth());
        double height = call(() -> designer.canvas.getHeight());
        assertThat(centre.getX()).isCloseTo(width / 2, org.assertj.core.data.Offset.offset(2.0));
        assertThat(centre.getY()).isCloseTo(height / 2, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void autoArrangeIsOneUndoableMoveIntoColumns(FxRobot robot) {
        onFx(() -> designer.document.execute(new org.perceptra.edit.MoveNodes(java.util.Map.of(
                D1, new Position(700, 500), D2, new Position(100, 300)))));
        onFx(designer.canvas::autoArrange);

        assertThat(designer.document.undoLabel()).contains("Move 4 layers");
        double[] xs = java.util.stream.Stream.of(INPUT, D1, D2, OUT)
                .mapToDouble(id -> designer.graph().node(id).position().x()).toArray();
        assertThat(xs).isSorted().doesNotHaveDuplicates();
        assertThat(java.util.stream.Stream.of(INPUT, D1, D2, OUT).map(id -> designer.graph().node(id).position().y()).distinct())
                .hasSize(1);
        onFx(designer.document::undo);
        assertThat(designer.node("dense_2").position()).isEqualTo(new Position(100, 300));
    }

    @Test
    void minusAndPlusZoomAroundTheMiddle(FxRobot robot) {
        robot.clickOn(designer.body("dense_1"));
        double before = call(() -> designer.canvas.zoomProperty().get());
        robot.type(KeyCode.MINUS);
        double after = call(() -> designer.canvas.zoomProperty().get());
        assertThat(after).isLessThan(before);
    }

    @Test
    void clickingAWireSelectsItAndDeleteRemovesOnlyThatWire(FxRobot robot) {
        Point2D mid = call(() -> {
            Point2D a = designer.canvas.graphScene().outPoint(D1);
            Point2D b = designer.canvas.graphScene().inPoint(D2);
            return designer.canvas.localToScreen(designer.canvas.viewport().toLocal(
                    (a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2));
        });
        robot.clickOn(mid);
        assertThat(call(() -> designer.canvas.graphScene().wire(new Connection(D1, D2)).getPseudoClassStates()))
                .contains(WireView.SELECTED);
        robot.type(KeyCode.DELETE);

        assertThat(designer.graph().connections()).containsExactly(new Connection(INPUT, D1), new Connection(D2, OUT));
        assertThat(designer.graph().size()).isEqualTo(4);
    }

    @Test
    void anEditRedrawsOnlyTheLayerItChanged(FxRobot robot) {
        NodeView d1 = designer.view("dense_1");
        NodeView d2 = designer.view("dense_2");
        onFx(() -> designer.document.execute(new org.perceptra.edit.SetParam(D1, "units", 32)));

        assertThat(designer.view("dense_1")).isSameAs(d1);
        assertThat(designer.view("dense_2")).isSameAs(d2);
        assertThat(call(() -> ((javafx.scene.control.Label) d1.lookup(".node-summary")).getText())).isEqualTo("32, relu");
        assertThat(call(() -> designer.canvas.graphScene().wire(new Connection(D1, D2)).labelText())).isEqualTo("[32]");
    }
}
