package org.perceptra.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.ui.canvas.DesignerFixture.call;
import static org.perceptra.ui.canvas.DesignerFixture.onFx;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Freezing layers from the canvas, by key and by context menu: one undo step each, drawn with a snowflake. */
@ExtendWith({ApplicationExtension.class, org.perceptra.ui.CleanStages.class})
class FreezeLayersTest {
    private final DesignerFixture designer = new DesignerFixture(DesignerFixture.chain());

    @Start
    void start(Stage stage) {
        designer.show(stage);
    }

    @Test
    void theFKeyFreezesTheSelectionAndUndoRedoFollow(FxRobot robot) {
        robot.clickOn(designer.body("dense_1"));
        robot.press(KeyCode.SHIFT).clickOn(designer.body("dense_2")).release(KeyCode.SHIFT);
        robot.type(KeyCode.F);

        assertThat(designer.node("dense_1").frozen()).isTrue();
        assertThat(designer.node("dense_2").frozen()).isTrue();
        assertThat(designer.node("output_1").frozen()).isFalse();
        assertThat(designer.document.undoLabel()).contains("Freeze 2 layers");
        assertThat(call(() -> designer.view("dense_1").showsFrozen())).isTrue();
        assertThat(call(() -> designer.view("output_1").showsFrozen())).isFalse();

        onFx(designer.document::undo);
        assertThat(designer.node("dense_1").frozen()).isFalse();
        assertThat(call(() -> designer.view("dense_1").showsFrozen())).isFalse();

        onFx(designer.document::redo);
        assertThat(designer.node("dense_2").frozen()).isTrue();
        assertThat(call(() -> designer.view("dense_2").showsFrozen())).isTrue();

        robot.type(KeyCode.F); // all selected are frozen: F lets them train again
        assertThat(designer.node("dense_1").frozen()).isFalse();
        assertThat(designer.document.undoLabel()).contains("Unfreeze 2 layers");
    }

    @Test
    void theContextMenuOfALayerFreezesIt(FxRobot robot) {
        // Monocle's robot sends no context-menu event for a right-click; send the one the platform would.
        javafx.geometry.Point2D at = designer.body("dense_2");
        onFx(() -> {
            javafx.geometry.Point2D scene = designer.canvas.getScene().getRoot().screenToLocal(at);
            javafx.event.Event.fireEvent(designer.canvas, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), at.getX(), at.getY(), false, null));
        });
        MenuItem item = call(() -> designer.canvas.contextMenu().menu().getItems().get(0));
        assertThat(call(item::getText)).startsWith("Freeze dense_2");

        assertThat(call(() -> designer.canvas.contextMenu().menu().isShowing())).isTrue();
        robot.type(KeyCode.DOWN, KeyCode.ENTER); // the first item, chosen from the keyboard

        assertThat(designer.node("dense_2").frozen()).isTrue();
        assertThat(designer.document.undoLabel()).contains("Freeze dense_2");
        assertThat(call(() -> designer.view("dense_2").showsFrozen())).isTrue();
    }
}
