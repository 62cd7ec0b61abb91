package org.perceptra.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.ui.canvas.DesignerFixture.call;
import static org.perceptra.ui.canvas.DesignerFixture.drag;
import static org.perceptra.ui.canvas.DesignerFixture.onFx;

import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.edit.SetParams;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.model.layers.OutputKind;
import org.perceptra.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A student builds XOR from an empty canvas with the mouse: layers dragged from the palette, ports wired. */
@ExtendWith({ApplicationExtension.class, org.perceptra.ui.CleanStages.class})
class DesignByMouseTest {
    private final DesignerFixture designer = new DesignerFixture(Project.empty("xor"));

    @Start
    void start(Stage stage) {
        designer.show(stage);
    }

    @Test
    void buildsXorByDraggingFromThePaletteAndWiringPorts(FxRobot robot) {
        Point2D inputAt = designer.canvasAt(0.15, 0.4);
        dragFromPalette(robot, "Input", inputAt);
        dragFromPalette(robot, "Dense", designer.canvasAt(0.38, 0.4));
        dragFromPalette(robot, "Dense", designer.canvasAt(0.61, 0.4));
        dragFromPalette(robot, "Output", designer.canvasAt(0.84, 0.4));

        assertThat(designer.graph().nodes()).extracting(n -> n.kind().id())
                .containsExactly("Input", "Dense", "Dense", "Output");
        // Dropped where the mouse let go: the card hangs from the point it was held by (its header).
        Point2D header = call(() -> {
            NodeView v = designer.canvas.graphScene().view(NodeId.of("input_1"));
            return v.localToScreen(v.width() / 2, 16);
        });
        DesignerFixture.assertNear(header, inputAt, 3);

        drag(robot, designer.outPort("input_1"), designer.inPort("dense_1"));
        drag(robot, designer.outPort("dense_1"), designer.inPort("dense_2"));
        drag(robot, designer.outPort("dense_2"), designer.inPort("output_1"));

        onFx(() -> {
            designer.document.execute(new SetParams(NodeId.of("dense_1"), Map.of("units", 4, "activation", "tanh")));
            designer.document.execute(new SetParams(NodeId.of("dense_2"), Map.of("units", 1, "activation", "sigmoid")));
            designer.document.execute(new SetParams(NodeId.of("output_1"),
                    Map.of("units", 1, "activation", "sigmoid", "loss", OutputKind.BINARY_CE)));
        });

        assertThat(designer.graph().connections()).containsExactly(
                new Connection(NodeId.of("input_1"), NodeId.of("dense_1")),
                new Connection(NodeId.of("dense_1"), NodeId.of("dense_2")),
                new Connection(NodeId.of("dense_2"), NodeId.of("output_1")));
        LayerNode hidden = designer.node("dense_1");
        assertThat(hidden.params().getInt("units")).isEqualTo(4);
        assertThat(designer.node("input_1").params().getInts("shape")).isEqualTo(List.of(2));
        assertThat(designer.document.analysis().errors()).isEmpty();
        // The canvas shows what the analysis says: shapes on the wires, counts on the cards.
        assertThat(call(() -> designer.canvas.graphScene()
                .wire(new Connection(NodeId.of("dense_1"), NodeId.of("dense_2"))).labelText())).isEqualTo("[4]");
        assertThat(call(() -> text(designer.view("dense_1"), ".node-params"))).isEqualTo("12 params");
    }

    @Test
    void doubleClickingAKindAddsItAfterTheSelectedLayerAndWiresIt(FxRobot robot) {
        dragFromPalette(robot, "Input", designer.canvasAt(0.2, 0.4));
        robot.doubleClickOn(paletteEntry(robot, "Dense"));

        assertThat(designer.graph().nodeIds()).containsExactly(NodeId.of("input_1"), NodeId.of("dense_1"));
        assertThat(designer.graph().connections()).containsExactly(new Connection(NodeId.of("input_1"), NodeId.of("dense_1")));
        assertThat(designer.selection.snapshot()).containsExactly(NodeId.of("dense_1"));
        assertThat(designer.document.undoLabel()).contains("Add Dense dense_1 after input_1");
    }

    private void dragFromPalette(FxRobot robot, String kind, Point2D to) {
        drag(robot, centre(paletteEntry(robot, kind)), to);
    }

    /** Searches the palette for the kind so that it is in view, and returns its row. */
    private Node paletteEntry(FxRobot robot, String kind) {
        TextField search = robot.lookup(".palette-search").queryAs(TextField.class);
        onFx(() -> search.setText(kind));
        return robot.lookup(".palette-kind-name").match(n -> kind.equals(((javafx.scene.control.Label) n).getText()))
                .query();
    }

    private static Point2D centre(Node n) {
        return call(() -> {
            var b = n.localToScreen(n.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    private static String text(Node root, String selector) {
        return ((javafx.scene.control.Label) root.lookup(selector)).getText();
    }
}
