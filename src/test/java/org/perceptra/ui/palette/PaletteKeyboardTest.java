package org.perceptra.ui.palette;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.edit.Document;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;
import org.perceptra.ui.Selection;
import org.perceptra.ui.canvas.GraphCanvas;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The palette without a mouse: search, arrows and Enter add layers; headings are skipped. */
@ExtendWith({ApplicationExtension.class, org.perceptra.ui.CleanStages.class})
class PaletteKeyboardTest {
    private final Document document = new Document(Project.empty("keys"));
    private final Selection selection = new Selection();
    private PaletteView palette;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        GraphCanvas canvas = new GraphCanvas(document, selection);
        palette = new PaletteView(document, selection, canvas);
        BorderPane root = new BorderPane(canvas);
        root.setLeft(palette);
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }

    @Test
    void typingASearchAndEnterAddsTheFirstMatchThenTheNextIsWiredAfterIt(FxRobot robot) {
        robot.interact(palette::focusSearch);
        robot.write("input").type(KeyCode.ENTER);
        robot.interact(palette::focusSearch);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("dense").type(KeyCode.ENTER);

        assertThat(document.project().graph().nodes()).extracting(n -> n.kind().id()).containsExactly("Input", "Dense");
        assertThat(document.project().graph().connections())
                .containsExactly(new Connection(NodeId.of("input_1"), NodeId.of("dense_1")));
        LayerNode dense = document.project().graph().node(NodeId.of("dense_1"));
        LayerNode input = document.project().graph().node(NodeId.of("input_1"));
        assertThat(dense.position().x()).isGreaterThan(input.position().x());
    }

    @Test
    void downFromTheSearchEntersTheListOnAKindAndEnterAddsIt(FxRobot robot) {
        robot.interact(palette::focusSearch);
        robot.write("pool").type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(palette.selectedKind()).isNotNull();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        assertThat(document.project().graph().size()).isEqualTo(1);
        assertThat(document.project().graph().nodes().iterator().next().kind().family().title()).isEqualTo("Pooling");
    }

    @Test
    void arrowKeysStepOverFamilyHeadings(FxRobot robot) {
        robot.interact(palette::focusSearch);
        robot.type(KeyCode.DOWN); // Input, under the Inputs heading
        robot.type(KeyCode.DOWN); // over the Core heading to Dense
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(palette.selectedKind().id()).isEqualTo("Dense");
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(palette.selectedKind().id()).isEqualTo("Input");
    }

    @Test
    void eachKindHasATooltipWithItsDescriptionAndFormula(FxRobot robot) {
        Tooltip tip = robot.lookup(".palette-kind").queryAs(javafx.scene.control.ListCell.class).getTooltip();
        String text = robot.from(tip.getGraphic()).lookup(".label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("Where the data enters").contains("x");
    }
}
