package org.perceptra.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.edit.Document;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.Selection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith({ApplicationExtension.class, org.perceptra.ui.CleanStages.class})
class InspectorViewTest {
    private static final NodeId HIDDEN = NodeId.of("hidden");

    private Document document;
    private Selection selection;
    private InspectorView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        document = new Document(ProjectFiles.load(Path.of("sample-projects/iris.perceptra")));
        selection = new Selection();
        view = new InspectorView(document, selection);
        stage.setScene(new Scene(view, 420, 760));
        stage.show();
    }

    @Test
    void theFrozenBoxFreezesTheLayerAsOneUndoableEditAndFollowsUndo(FxRobot robot) {
        robot.interact(() -> selection.select(HIDDEN));
        javafx.scene.control.CheckBox box = robot.lookup("#inspector-frozen").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(box.isSelected()).isFalse();

        robot.clickOn(box);

        assertThat(hidden().frozen()).isTrue();
        assertThat(document.undoLabel()).contains("Freeze hidden");
        robot.interact(document::undo);
        assertThat(hidden().frozen()).isFalse();
        assertThat(box.isSelected()).isFalse();
        robot.interact(document::redo);
        assertThat(box.isSelected()).isTrue();
    }

    @Test
    void typingAUnitCountAndPressingEnterIsOneUndoableEdit(FxRobot robot) {
        robot.interact(() -> selection.select(HIDDEN));
        typeInto(robot, unitsField(), "32");
        robot.type(KeyCode.ENTER);

        assertThat(hidden().params().getInt("units")).isEqualTo(32);
        assertThat(document.undoLabel()).contains("Set units of hidden to 32");
        assertThat(unitsField().getText()).isEqualTo("32");
        assertThat(robot.lookup("#inspector-output").queryAs(Label.class).getText()).isEqualTo("[32]");
    }

    @Test
    void anOutOfRangeValueIsRefusedWithTheReasonAndTheOldValueStays(FxRobot robot) {
        robot.interact(() -> selection.select(HIDDEN));
        long revision = document.revision();
        typeInto(robot, unitsField(), "0");
        robot.type(KeyCode.ENTER);

        assertThat(hidden().params().getInt("units")).isEqualTo(16);
        assertThat(document.revision()).isEqualTo(revision);
        assertThat(unitsField().getText()).isEqualTo("16");
        ParamEditor units = view.page().orElseThrow().editorFor("Units");
        assertThat(units.message().isShowing()).isTrue();
        assertThat(units.message().getText()).contains("Units must be").contains("not 0");
    }

    @Test
    void theSheetGrowsWithARefusalSoTheLastRowStaysInsideIt(FxRobot robot) {
        robot.interact(() -> view.setStyle("-fx-font-size: 17px;")); // as on a classroom projector
        robot.interact(() -> selection.select(HIDDEN));
        // Committed without moving the focus: nothing but the refusal itself makes the page lay out again.
        robot.interact(() -> {
            unitsField().setText("0");
            ((Spinner<?>) view.page().orElseThrow().editorFor("Units").control()).commitValue();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        NodePage page = view.page().orElseThrow();
        javafx.scene.Node sheet = page.lookup(".inspector-sheet");
        javafx.scene.Node last = page.editorFor("L2 penalty").getEditor();
        var sheetBounds = sheet.localToScene(sheet.getLayoutBounds());
        var lastBounds = last.localToScene(last.getLayoutBounds());
        assertThat(lastBounds.getMaxY()).isLessThanOrEqualTo(sheetBounds.getMaxY() + 0.5);
    }

    @Test
    void textThatIsNoNumberIsRefusedInTheParametersOwnWords(FxRobot robot) {
        robot.interact(() -> selection.select(HIDDEN));
        typeInto(robot, unitsField(), "many");
        robot.type(KeyCode.ENTER);

        assertThat(hidden().params().getInt("units")).isEqualTo(16);
        assertThat(view.page().orElseThrow().editorFor("Units").message().getText())
                .isEqualTo("Units must be a whole number, not \"many\"");
    }

    @Test
    void undoShowsTheEarlierValueInTheInspector(FxRobot robot) {
        robot.interact(() -> selection.select(HIDDEN));
        typeInto(robot, unitsField(), "64");
        robot.type(KeyCode.ENTER);
        assertThat(unitsField().getText()).isEqualTo("64");

        robot.interact(document::undo);

        assertThat(hidden().params().getInt("units")).isEqualTo(16);
        assertThat(unitsField().getText()).isEqualTo("16");
        assertThat(robot.lookup("#inspector-params").queryAs(Label.class).getText()).isEqualTo("80");
    }

    @Test
    void theArrowKeyStepsTheValueWithinItsRange(FxRobot robot) {
        robot.interact(() -> selection.select(HIDDEN));
        robot.clickOn(unitsField());
        robot.type(KeyCode.UP);

        assertThat(hidden().params().getInt("units")).isEqualTo(17);
    }

    @Test
    void pickingAnActivationFromTheDropDownSetsIt(FxRobot robot) {
        robot.interact(() -> selection.select(HIDDEN));
        @SuppressWarnings("unchecked")
        ComboBox<String> activation = (ComboBox<String>) view.page().orElseThrow().editorFor("Activation").control();
        robot.clickOn(activation);
        robot.clickOn("tanh");

        assertThat(hidden().params().getString("activation")).isEqualTo("tanh");
        assertThat(document.undoLabel()).contains("Set activation of hidden to tanh");
    }

    @Test
    void renamingThroughTheNameFieldKeepsTheId(FxRobot robot) {
        robot.interact(() -> selection.select(HIDDEN));
        TextField name = (TextField) view.page().orElseThrow().editorFor("Name").control();
        typeInto(robot, name, "features");
        robot.type(KeyCode.TAB);

        assertThat(hidden().name()).isEqualTo("features");
        assertThat(document.undoLabel()).contains("Rename hidden to features");
    }

    @Test
    void theInspectorShowsShapesAndCountsOfTheSelectedLayer(FxRobot robot) {
        robot.interact(() -> selection.select(HIDDEN));

        assertThat(robot.lookup("#inspector-kind").queryAs(Label.class).getText()).isEqualTo("Dense");
        assertThat(robot.lookup("#inspector-inputs").queryAs(Label.class).getText()).isEqualTo("[4]");
        assertThat(robot.lookup("#inspector-output").queryAs(Label.class).getText()).isEqualTo("[16]");
        assertThat(robot.lookup("#inspector-params").queryAs(Label.class).getText()).isEqualTo("80");
    }

    @Test
    void withNothingOrSeveralSelectedItSaysSo(FxRobot robot) {
        assertThat(robot.lookup("#inspector-hint").queryAs(Label.class).getText()).isEqualTo("Nothing selected");

        robot.interact(() -> selection.selectAll(List.of(HIDDEN, NodeId.of("output"))));

        assertThat(robot.lookup("#inspector-hint").queryAs(Label.class).getText()).isEqualTo("2 layers selected");
        assertThat(view.page()).isEmpty();
    }

    private TextField unitsField() {
        @SuppressWarnings("unchecked")
        Spinner<String> spinner = (Spinner<String>) view.page().orElseThrow().editorFor("Units").control();
        return spinner.getEditor();
    }

    private LayerNode hidden() {
        return document.project().graph().find(HIDDEN).orElseThrow();
    }

    private static void typeInto(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }
}
