package org.perceptra.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.edit.Document;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.Optimizer;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.forms.Mnemonics;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith({ApplicationExtension.class, org.perceptra.ui.CleanStages.class})
class TrainingSettingsPanelTest {
    private Document document;
    private TrainingSettingsPanel panel;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        document = new Document(ProjectFiles.load(Path.of("sample-projects/iris.perceptra")));
        panel = new TrainingSettingsPanel(document);
        stage.setScene(new Scene(panel, 420, 760));
        stage.show();
    }

    @Test
    void pickingAnOptimiserIsOneTrainingEdit(FxRobot robot) {
        TrainingSettings before = settings();
        robot.clickOn(panel.optimizerBox());
        robot.clickOn("SGD with momentum");

        assertThat(settings()).isEqualTo(before.withOptimizer(Optimizer.MOMENTUM));
        assertThat(document.undoLabel()).contains("Change training settings");
        assertThat(panel.field("momentum").isDisabled()).isFalse();
    }

    @Test
    void momentumIsGreyedOutForOptimisersThatDoNotUseIt(FxRobot robot) {
        assertThat(settings().optimizer()).isEqualTo(Optimizer.ADAM);
        assertThat(panel.field("momentum").isDisabled()).isTrue();
    }

    @Test
    void aTypedLearningRateIsCommittedWithEnter(FxRobot robot) {
        typeInto(robot, panel.field("learningRate").field(), "0.05");
        robot.type(KeyCode.ENTER);

        assertThat(settings().learningRate()).isEqualTo(0.05);
        robot.interact(document::undo);
        assertThat(panel.field("learningRate").field().getText()).isEqualTo("0.01");
    }

    @Test
    void aLearningRateOutOfRangeIsRefusedNextToTheField(FxRobot robot) {
        TrainingSettings before = settings();
        typeInto(robot, panel.field("learningRate").field(), "500");
        robot.type(KeyCode.ENTER);

        assertThat(settings()).isEqualTo(before);
        assertThat(panel.field("learningRate").message().getText())
                .startsWith("Learning rate must be from").endsWith("not 500.");
        assertThat(panel.field("learningRate").field().getText()).isEqualTo("0.01");
    }

    @Test
    void textThatIsNoNumberIsRefusedInPlainWords(FxRobot robot) {
        typeInto(robot, panel.field("batchSize").field(), "lots");
        robot.type(KeyCode.ENTER);

        assertThat(panel.field("batchSize").message().getText()).isEqualTo("Batch size must be a whole number, not \"lots\".");
    }

    @Test
    void theMnemonicReachesTheLearningRateFromTheKeyboard(FxRobot robot) {
        robot.clickOn(panel.field("epochs").field());
        robot.press(KeyCode.ALT).type(KeyCode.L).release(KeyCode.ALT);
        robot.interact(() -> panel.field("learningRate").field().selectAll());
        robot.write("0.2");
        robot.type(KeyCode.TAB);

        assertThat(panel.field("learningRate").field().isFocused()).isFalse();
        assertThat(settings().learningRate()).isEqualTo(0.2);
    }

    @Test
    void aProjectWithSettingsOutOfRangeShowsEachProblemAtItsField(FxRobot robot) {
        Project broken = document.project().withTraining(settings().withBatchAndEpochs(0, 10));
        robot.interact(() -> document.replace(broken));

        assertThat(panel.field("batchSize").message().getText()).startsWith("Batch size must be from 1");
        assertThat(panel.field("epochs").message().isShowing()).isFalse();
    }

    @Test
    void noTwoFieldsShareAMnemonicAndNoneTakesAMenuLetter(FxRobot robot) {
        for (String schedule : List.of("Constant", "Step: drop every few epochs", "Warm-up, then cosine")) {
            robot.clickOn(robot.lookup(".combo-box").nth(1).queryComboBox());
            robot.clickOn(schedule);
            List<Character> letters = Mnemonics.visibleIn(panel);
            assertThat(letters).doesNotHaveDuplicates().doesNotContainAnyElementsOf(Mnemonics.MENU_LETTERS).hasSizeGreaterThan(8);
        }
        assertThat(settings().schedule().type()).isEqualTo(TrainingSettings.ScheduleType.WARMUP_COSINE);
    }

    private TrainingSettings settings() {
        return document.project().training();
    }

    private static void typeInto(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }
}
