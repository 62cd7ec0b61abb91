package org.perceptra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perceptra.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import ▸ ONNX Model… opens a model as a new untitled project, or says why it cannot. */
@ExtendWith({ApplicationExtension.class, org.perceptra.ui.CleanStages.class})
class ImportOnnxWindowTest {
    private static final Path CNN = Path.of("src/test/resources/onnx/pytorch-cnn.onnx");

    private Path config;
    private Path work;
    private ScriptedFileDialogs dialogs;
    private ShellWindow window;

    @Start
    void start(Stage stage) throws IOException {
        config = Files.createTempDirectory("perceptra-config");
        work = Files.createTempDirectory("perceptra-work");
        dialogs = new ScriptedFileDialogs();
        window = new ShellWindow(stage, new ShellEnvironment(new SettingsFile(config),
                new RecoveryStore(config, 2, pid -> false), dialogs, Clock.systemDefaultZone(), Runnable::run));
        stage.sizeToScene();
        stage.centerOnScreen();
        window.show(Optional.empty());
    }

    @AfterEach
    void deleteFolders() throws IOException {
        for (Path dir : new Path[] {config, work}) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void anImportedModelOpensAsAnUntitledProjectWithItsWeights(FxRobot robot) {
        dialogs.nextImport = CNN;

        Platform.runLater(() -> window.commands().get("import-onnx").run());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        Project project = window.openProject().document().project();
        assertThat(project.name()).isEqualTo("pytorch-cnn");
        assertThat(project.graph().nodes().stream().map(n -> n.kind().id()))
                .contains("Conv2D", "MaxPool2D", "BatchNorm", "Output");
        assertThat(project.results().hasWeights()).isTrue();
        assertThat(window.openProject().file()).isNull();
        assertThat(window.stage().getTitle()).contains("pytorch-cnn (imported)");
        assertThat(robot.lookup("#workspace").tryQuery()).isPresent();
    }

    @Test
    void aDamagedModelShowsWhyNotAStackTrace(FxRobot robot) throws IOException {
        byte[] whole = Files.readAllBytes(CNN);
        dialogs.nextImport = Files.write(work.resolve("cut.onnx"), Arrays.copyOf(whole, whole.length / 2));

        Platform.runLater(() -> window.commands().get("import-onnx").run());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane error = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(error.getContentText()).startsWith("cut.onnx is not an ONNX model").doesNotContain("Exception");
        robot.clickOn("OK");
    }
}
