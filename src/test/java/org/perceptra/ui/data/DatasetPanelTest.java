package org.perceptra.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.perceptra.data.Augmentation;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.CsvOptions;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.Generator;
import org.perceptra.edit.Document;
import org.perceptra.edit.SetDataset;
import org.perceptra.model.NodeId;
import org.perceptra.project.ProjectFiles;
import org.perceptra.ui.forms.CommitField;
import org.perceptra.ui.forms.Mnemonics;
import org.perceptra.ui.forms.Note;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({ApplicationExtension.class, org.perceptra.ui.CleanStages.class})
class DatasetPanelTest {
    @TempDir
    static Path folder;

    private Document document;
    private DatasetPanel panel;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        document = new Document(ProjectFiles.load(Path.of("sample-projects/spiral.perceptra")));
        // Files are read on the FX thread here, so each step's result is there when the robot looks.
        panel = new DatasetPanel(document, () -> folder, Runnable::run);
        stage.setScene(new Scene(panel, 420, 760));
        stage.show();
    }

    @Test
    void pickingAnotherGeneratorIsOneDatasetEditKeepingCountNoiseAndSeed(FxRobot robot) {
        DataSource.Generated before = generated();
        robot.clickOn(generatorForm().generatorBox());
        robot.clickOn("Circle");

        assertThat(generated()).isEqualTo(new DataSource.Generated(Generator.CIRCLE, before.count(), before.noise(),
                before.seed()));
        assertThat(document.undoLabel()).contains("Change dataset");
        assertThat(generatorForm().preview().pointCount()).isEqualTo(before.count());
    }

    @Test
    void aTypedSampleCountChangesTheDataAndItsPreview(FxRobot robot) {
        typeInto(robot, field("Samples"), "200");
        robot.type(KeyCode.ENTER);

        assertThat(generated().count()).isEqualTo(200);
        assertThat(generatorForm().preview().pointCount()).isEqualTo(200);
    }

    @Test
    void aSampleCountOutOfRangeIsRefusedAndTheDataStays(FxRobot robot) {
        long revision = document.revision();
        typeInto(robot, field("Samples"), "1");
        robot.type(KeyCode.ENTER);

        assertThat(document.revision()).isEqualTo(revision);
        assertThat(generated().count()).isEqualTo(600);
        assertThat(commitField("Samples").message().getText()).contains("from 2 to").contains("not 1");
        assertThat(field("Samples").getText()).isEqualTo("600");
    }

    @Test
    void undoBringsThePreviousGeneratorBackIntoThePanel(FxRobot robot) {
        robot.clickOn(generatorForm().generatorBox());
        robot.clickOn("Xor");
        robot.interact(document::undo);

        assertThat(generated().generator()).isEqualTo(Generator.SPIRAL);
        assertThat(generatorForm().generatorBox().getValue()).isEqualTo(Generator.SPIRAL);
    }

    @Test
    void aCsvFileWithAMissingValueShowsTheProblemInPlainWords(FxRobot robot) throws Exception {
        Path csv = folder.resolve("flowers.csv");
        Files.writeString(csv, """
                length,width,species
                1.0,2.0,a
                1.5,,b
                2.0,2.5,a
                2.5,3.0,b
                """);
        robot.clickOn(panel.kindBox());
        robot.clickOn("CSV file");
        assertThat(document.project().dataset().source()).isInstanceOf(DataSource.Csv.class);

        typeInto(robot, field("File"), "flowers.csv");
        robot.type(KeyCode.ENTER);

        assertThat(document.project().dataset().source())
                .isEqualTo(new DataSource.Csv("flowers.csv", List.of(), "species", true));
        assertThat(csvNotes()).anyMatch(n -> n.contains("1 missing value") && n.contains("width 1"))
                .anyMatch(n -> n.contains("Left out 1 row with a missing feature value"));

        robot.clickOn(robot.lookup("#csv-missing").queryAs(ComboBox.class));
        robot.clickOn("Fill in the column's mean (or most common text)");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(document.project().dataset().source()).isEqualTo(new DataSource.Csv("flowers.csv", List.of(),
                "species", true, CsvOptions.MissingValues.IMPUTE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> csvNotes().stream()
                .anyMatch(n -> n.contains("Filled in missing values: width with")));
        assertThat(csvNotes()).noneMatch(n -> n.contains("Left out 1 row"));
        robot.interact(document::undo);
        assertThat(((DataSource.Csv) document.project().dataset().source()).missing())
                .isEqualTo(CsvOptions.MissingValues.DROP);
        assertThat(robot.lookup("#csv-missing").queryAs(ComboBox.class).getValue())
                .isEqualTo("Leave those rows out");
    }

    @Test
    void makingAColumnIgnoredLeavesItOutOfTheFeatures(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("three.csv"), "a,b,c,label\n1,2,3,x\n4,5,6,y\n7,8,9,x\n");
        robot.interact(() -> document.execute(new SetDataset(DatasetSpec.of(
                new DataSource.Csv("three.csv", List.of(), "label", true)))));
        CsvForm csv = (CsvForm) panel.form().orElseThrow();

        robot.clickOn(csv.roles().roleOf("b"));
        robot.clickOn("Ignore");

        assertThat(((DataSource.Csv) document.project().dataset().source()).features()).containsExactly("a", "c");
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithoutAnEditOfItsOwn(FxRobot robot) {
        robot.interact(() -> document.execute(new SetDataset(DatasetSpec.of(
                new DataSource.Csv("nowhere.csv", List.of(), "label", true)))));

        assertThat(csvNotes()).anyMatch(n -> n.contains("nowhere.csv"));
    }

    @Test
    void whenTheDataDoesNotFitTheNetworkThePanelSaysSoAndOneClickAdaptsInputAndOutput(FxRobot robot) {
        robot.interact(() -> document.execute(new SetDataset(DatasetSpec.of(
                new DataSource.Bundled(BundledDataset.IRIS, List.of())))));

        assertThat(panel.fit().getChildren()).anyMatch(n -> n instanceof Note note
                && note.message().contains("The data has 3 classes"));
        robot.interact(() -> robot.lookup(".fit-check .button").queryButton().fire());

        var graph = document.project().graph();
        assertThat(graph.find(NodeId.of("input")).orElseThrow().params().getInts("shape")).containsExactly(4);
        assertThat(graph.find(NodeId.of("output")).orElseThrow().params().getInt("units")).isEqualTo(3);
        assertThat(panel.fit().getChildren()).anyMatch(n -> n instanceof Note note
                && note.message().startsWith("The network fits the data"));
    }

    @Test
    void theValidationPartIsTypedAsAPercentage(FxRobot robot) {
        typeInto(robot, field("Validation %"), "30");
        robot.type(KeyCode.ENTER);
        assertThat(document.project().dataset().split().validation()).isEqualTo(0.3);

        typeInto(robot, field("Validation %"), "100");
        robot.type(KeyCode.ENTER);
        assertThat(document.project().dataset().split().validation()).isEqualTo(0.3);
        assertThat(commitField("Validation %").message().getText()).contains("percentage");
    }

    @Test
    void filesAreReadOffTheFxThreadAndTheResultArrivesLater(FxRobot robot) throws Exception {
        Document doc = new Document(ProjectFiles.load(Path.of("sample-projects/iris.perceptra")));
        Files.writeString(folder.resolve("small.csv"), "x,y\n1,a\n2,b\n3,a\n");
        DatasetPanel[] made = new DatasetPanel[1];
        robot.interact(() -> {
            made[0] = new DatasetPanel(doc, () -> folder);
            doc.execute(new SetDataset(DatasetSpec.of(new DataSource.Csv("small.csv", List.of(), "y", true))));
        });
        CsvForm csv = (CsvForm) made[0].form().orElseThrow();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> csv.roles().isVisible());
        assertThat(csv.notes().getChildren()).anyMatch(n -> n instanceof Note note
                && note.message().startsWith("3 of 3 rows become samples"));
    }

    @Test
    void imageDataOffersAugmentationThatRefusesBadValuesAndOtherDataDropsIt(FxRobot robot) {
        assertThat(panel.augmentationForm().view().isVisible()).as("spiral points are no images").isFalse();
        robot.interact(() -> document.execute(new SetDataset(DatasetSpec.of(
                new DataSource.Bundled(BundledDataset.DIGITS, List.of(1, 8, 8))))));
        assertThat(panel.augmentationForm().view().isVisible()).isTrue();
        // The form sits under the split settings: scroll down to it as a student would.
        robot.interact(() -> ((javafx.scene.control.ScrollPane) panel.lookup(".scroll-pane")).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();

        typeInto(robot, field("Shift (pixels)"), "1");
        robot.type(KeyCode.ENTER);
        typeInto(robot, field("Turn (degrees)"), "45");
        robot.type(KeyCode.ENTER);

        assertThat(document.project().dataset().augmentation()).isEqualTo(new Augmentation(false, 1, 0));
        assertThat(commitField("Turn (degrees)").message().getText()).contains("from 0 to 30").contains("not \"45\"");
        typeInto(robot, field("Turn (degrees)"), "10");
        robot.type(KeyCode.ENTER);
        assertThat(document.project().dataset().augmentation()).isEqualTo(new Augmentation(false, 1, 10));

        robot.interact(() -> ((javafx.scene.control.ScrollPane) panel.lookup(".scroll-pane")).setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(panel.kindBox());
        robot.clickOn("Generated 2-D data");
        assertThat(document.project().dataset().source()).isInstanceOf(DataSource.Generated.class);
        assertThat(document.project().dataset().augmentation()).isEqualTo(Augmentation.NONE);
        assertThat(panel.augmentationForm().view().isVisible()).isFalse();
    }

    @Test
    void noTwoFieldsShareAMnemonicAndNoneTakesAMenuLetter(FxRobot robot) {
        for (SourceKind kind : SourceKind.values()) {
            robot.interact(() -> document.execute(new SetDataset(DatasetSpec.of(kind.start()))));
            List<Character> letters = Mnemonics.visibleIn(panel);
            assertThat(letters).as(kind.toString()).doesNotHaveDuplicates()
                    .doesNotContainAnyElementsOf(Mnemonics.MENU_LETTERS).contains('S');
        }
    }

    private GeneratorForm generatorForm() {
        return (GeneratorForm) panel.form().orElseThrow();
    }

    private DataSource.Generated generated() {
        return (DataSource.Generated) document.project().dataset().source();
    }

    private List<String> csvNotes() {
        CsvForm csv = (CsvForm) panel.form().orElseThrow();
        return csv.notes().getChildren().stream().map(n -> ((Note) n).message()).toList();
    }

    /** The field a form label with this text points at (mnemonic underscores ignored). */
    private TextField field(String label) {
        return (TextField) labelled(label).getLabelFor();
    }

    private CommitField commitField(String label) {
        return (CommitField) field(label).getParent();
    }

    private javafx.scene.control.Label labelled(String text) {
        return panel.lookupAll(".form-label").stream().map(javafx.scene.control.Label.class::cast)
                .filter(l -> l.getText().replace("_", "").equals(text) && l.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no field labelled " + text));
    }

    private static void typeInto(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }
}
