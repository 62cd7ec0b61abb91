package org.perceptra.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.Scalers;
import org.perceptra.export.ExportRefusedException;
import org.perceptra.export.PredictionColumns;
import org.perceptra.export.PyTorchExport;

/**
 * {@code export FILE --format pytorch --out FOLDER}: model.py, weights.npz and predict.py in FOLDER. Unlike the
 * ONNX file, predict.py reads CSV files named as the project's data, so the data is loaded for its column and
 * class names, as {@code predict} loads it.
 */
final class PyTorchFolderExport {
    private PyTorchFolderExport() {
    }

    static int run(Path file, Path out, ProjectInput input, PrintWriter stdout, PrintWriter err) {
        var project = input.project();
        List<String> refusals = PyTorchExport.refusals(project.graph());
        if (!refusals.isEmpty()) {
            refusals.forEach(r -> err.println("perceptra export: " + r));
            return Cli.EXIT_INVALID;
        }
        if (TrainedWeights.missing("export", file, project, err)) {
            return Cli.EXIT_INVALID;
        }
        NetworkInput checked = NetworkInput.check("export", file, input, project.training(), stdout, err);
        if (checked.failed()) {
            return checked.exitCode();
        }
        var loaded = TrainedWeights.load("export", project, checked.checked()::compile, err);
        if (loaded.isEmpty()) {
            return Cli.EXIT_INVALID;
        }
        CompiledNetwork network = loaded.get().network();
        Optional<Scalers> scalers = loaded.get().scalers();
        if (scalers.isEmpty()) {
            err.println("perceptra export: note: " + file + " was saved without the scaling fitted in training (an "
                    + "older version); the exported model takes features already scaled. Train and save it again "
                    + "for a model that takes raw features.");
        }
        PredictionColumns columns = PredictionColumns.of(checked.checked().all(),
                (int) network.outputShape().size());
        try {
            PyTorchExport.write(network, scalers, project.name(), columns, out);
        } catch (ExportRefusedException e) {
            err.println("perceptra export: " + e.getMessage());
            return Cli.EXIT_INVALID;
        } catch (IOException e) {
            return WriteFailure.report(out, e, err);
        }
        stdout.println("Exported " + file + " to " + out + " (PyTorch: " + PyTorchExport.MODEL + ", "
                + PyTorchExport.WEIGHTS + ", " + PyTorchExport.PREDICT + "). Try: python3 "
                + out.resolve(PyTorchExport.PREDICT) + " input.csv");
        stdout.flush();
        return Cli.EXIT_OK;
    }
}
