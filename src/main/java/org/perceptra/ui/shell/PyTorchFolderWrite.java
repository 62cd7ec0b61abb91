package org.perceptra.ui.shell;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import javafx.application.Platform;
import org.perceptra.engine.CompileException;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.WeightsJson;
import org.perceptra.export.PredictionColumns;
import org.perceptra.export.PyTorchExport;
import org.perceptra.project.Project;

/**
 * File ▸ Export ▸ PyTorch on the background thread: loads the project's data (predict.py needs its column and
 * class names), the trained weights, writes the folder, and reports back on the FX thread in a sentence.
 */
record PyTorchFolderWrite(Project project, Path projectFolder, Path target) {
    void run(Prompts prompts) {
        String failure = null;
        try {
            RunPreparation.Check check = RunPreparation.check(project.graph(), project.dataset(), project.training(),
                    projectFolder, Runtime.getRuntime().maxMemory());
            if (check instanceof RunPreparation.Refused refused) {
                failure = refused.message();
            } else {
                RunPreparation.Checked checked = (RunPreparation.Checked) check;
                CompiledNetwork network = checked.compile();
                WeightsJson.load(project.results().weightsJson(), network);
                PyTorchExport.write(network, WeightsJson.scalers(project.results().weightsJson()), project.name(),
                        PredictionColumns.of(checked.all(), (int) network.outputShape().size()), target);
            }
        } catch (CompileException | IllegalArgumentException e) {
            failure = e.getMessage() + ". Train the network again, then export.";
        } catch (FileAlreadyExistsException e) {
            failure = "Perceptra could not write into " + target + ": it is a file, not a folder. Choose a new name.";
        } catch (IOException e) {
            failure = "Perceptra could not write into " + target + ": " + e.getMessage();
        }
        String problem = failure;
        Platform.runLater(() -> {
            if (problem != null) {
                prompts.error("The network could not be exported", problem);
            } else {
                prompts.info("Exported to " + target.getFileName(), target + " holds the trained network as PyTorch"
                        + " code: model.py (the module), weights.npz and predict.py. In that folder, python3 "
                        + "predict.py data.csv answers a CSV file named as in the Data panel, in the data's own "
                        + "units.", "export-done-dialog");
            }
        });
    }
}
