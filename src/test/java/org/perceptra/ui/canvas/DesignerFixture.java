package org.perceptra.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.perceptra.edit.Document;
import java.util.List;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.layers.StandardLayers;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;
import org.perceptra.ui.Selection;
import org.perceptra.ui.palette.PaletteView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The designer's middle as the shell will compose it (palette, canvas, problems list) on a real stage,
 * with helpers that find ports and cards on screen for the robot. Tests drive it with the mouse and keys
 * and assert the document.
 */
class DesignerFixture {
    final Document document;
    final Selection selection = new Selection();
    GraphCanvas canvas;
    ProblemsView problems;
    PaletteView palette;

    DesignerFixture(Project project) {
        this.document = new Document(project);
    }

    void show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        canvas = new GraphCanvas(document, selection);
        problems = new ProblemsView(document, selection, canvas);
        palette = new PaletteView(document, selection, canvas);
        SplitPane centre = new SplitPane(canvas, problems);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.75);
        BorderPane root = new BorderPane(centre);
        root.setLeft(palette);
        stage.setScene(new Scene(root, 1200, 760));
        // The test classes share one stage, which would keep the size an earlier class gave it.
        stage.sizeToScene();
        stage.centerOnScreen();
        stage.show();
    }

    NetworkGraph graph() {
        return document.project().graph();
    }

    NodeView view(String id) {
        return call(() -> viewNow(id));
    }

    private NodeView viewNow(String id) {
        NodeView v = canvas.graphScene().view(NodeId.of(id));
        assertThat(v).as("view of %s", id).isNotNull();
        return v;
    }

    LayerNode node(String id) {
        return graph().node(NodeId.of(id));
    }

    /** Screen point of a node's output or input port. */
    Point2D outPort(String id) {
        return call(() -> centreOf(viewNow(id).outPort()));
    }

    Point2D inPort(String id) {
        return call(() -> centreOf(viewNow(id).inPort()));
    }

    /** Screen point in the middle of a node's name, where grabbing it moves it. */
    Point2D body(String id) {
        return call(() -> {
            NodeView v = viewNow(id);
            return v.localToScreen(v.width() / 2, v.height() / 2 + 6);
        });
    }

    /** Screen point at a fraction of the canvas's width and height. */
    Point2D canvasAt(double fx, double fy) {
        return call(() -> canvas.localToScreen(canvas.getWidth() * fx, canvas.getHeight() * fy));
    }

    /** Screen point of a canvas-unit position. */
    Point2D screenOf(double canvasX, double canvasY) {
        return call(() -> {
            Point2D local = canvas.viewport().toLocal(canvasX, canvasY);
            return canvas.localToScreen(local);
        });
    }

    /** A chain Input [2] ▶ dense_1 ▶ dense_2 ▶ output_1, laid out left to right, for editing tests. */
    static Project chain() {
        LayerNode input = LayerNode.of("input_1", StandardLayers.INPUT).at(60, 120);
        LayerNode d1 = LayerNode.of("dense_1", StandardLayers.DENSE).at(320, 120);
        LayerNode d2 = LayerNode.of("dense_2", StandardLayers.DENSE).at(580, 120);
        LayerNode out = LayerNode.of("output_1", StandardLayers.OUTPUT).at(840, 120);
        NetworkGraph g = NetworkGraph.of(List.of(input, d1, d2, out), List.of(
                new Connection(input.id(), d1.id()), new Connection(d1.id(), d2.id()), new Connection(d2.id(), out.id())));
        return Project.empty("chain").withGraph(g);
    }

    private static Point2D centreOf(Node port) {
        return port.localToScreen(0, 0);
    }

    /** Drags from one screen point to another in small steps, as a hand would. */
    static void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from);
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(from.midpoint(to));
        robot.moveTo(to);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T call(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    static void onFx(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void assertNear(Point2D actual, Point2D expected, double tolerance) {
        assertThat(actual.distance(expected)).as("%s near %s", actual, expected).isLessThan(tolerance);
    }
}
