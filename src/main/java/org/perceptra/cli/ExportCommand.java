package org.perceptra.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.Scalers;
import org.perceptra.export.DataNames;
import org.perceptra.export.ExportRefusedException;
import org.perceptra.export.OnnxExport;
import org.perceptra.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code perceptra export FILE --format onnx --out PATH}: a trained project's network in a format other tools
 * run. The ONNX file takes raw features (the scaling fitted in training is inside it) and gives what
 * Perceptra predicts.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a trained project (saved with 'train --save') for other tools.",
            "onnx: an ONNX model (opset 13, IR version 7, any batch size) that takes the features as the data "
                + "gives them and outputs probabilities or regression values in the data's units.",
            "nd4j: an ND4J SameDiff file (SameDiff.load) of the same network, scaling inside.",
            "java: a generated <Project>Network.java on ND4J alone, and its weights (.npz) beside it; PATH is a "
                + "folder or a .java file.",
            "pytorch: a folder (PATH) with model.py (an nn.Module), weights.npz and predict.py, which answers a CSV "
                + "as 'perceptra predict' does.",
            "png, svg: the network diagram, as on the canvas (needs no training).",
            "html: a report of a recorded run (the latest, or --run): diagram, settings, curves, final figures "
                + "and confusion matrix, in one file to hand in or print."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Exported.", "1:The project has errors, holds no trained weights or no recorded run "
                + "(html), or has a layer the format cannot express (named).", "2:The project could not be read, or PATH could not be "
                + "written.", "64:Wrong command line."})
final class ExportCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("onnx", "pytorch", CodeExports.ND4J, CodeExports.JAVA);

    @Parameters(paramLabel = "FILE", description = "A .perceptra project file with trained weights.")
    Path file;

    @Option(names = "--format", paramLabel = "F", required = true,
            description = "The format: onnx, pytorch, nd4j, java, png, svg or html.")
    String format;

    @Option(names = "--out", paramLabel = "PATH", required = true,
            description = "The file to write (for pytorch, the folder).")
    Path out;

    @Option(names = "--run", paramLabel = "NAME", description = "html: the run to report on, by name or id "
            + "(default: the latest).")
    String run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String chosen = format.toLowerCase(Locale.ROOT);
        if (PictureExport.FORMATS.contains(chosen)) {
            return PictureExport.write(chosen, file, out, run, stdout, err);
        }
        if (!FORMATS.contains(chosen)) {
            err.println("perceptra export: unknown format '" + format + "'; the formats are " + String.join(", ",
                    FORMATS) + ", " + String.join(", ", PictureExport.FORMATS) + ".");
            return Cli.EXIT_USAGE;
        }
        var input = ProjectInput.load(file, err);
        if (input.isEmpty()) {
            return Cli.EXIT_UNREADABLE;
        }
        Project project = input.get().project();
        if (input.get().analysis().hasErrors()) {
            stdout.print(new AnalysisTable(project, input.get().analysis()).render());
            err.println("perceptra export: " + file + " has errors; fix them, train and save it, then export.");
            return Cli.EXIT_INVALID;
        }
        if (chosen.equals("pytorch")) {
            return PyTorchFolderExport.run(file, out, input.get(), stdout, err);
        }
        List<String> refusals = CodeExports.handles(chosen) ? CodeExports.refusals(chosen, project.graph())
                : OnnxExport.refusals(project.graph());
        if (!refusals.isEmpty()) {
            refusals.forEach(r -> err.println("perceptra export: " + r));
            return Cli.EXIT_INVALID;
        }
        if (TrainedWeights.missing("export", file, project, err)) {
            return Cli.EXIT_INVALID;
        }
        var loaded = TrainedWeights.load("export", project,
                () -> GraphCompiler.compile(project.graph(), project.training()), err);
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
        String done;
        try {
            if (CodeExports.handles(chosen)) {
                done = CodeExports.write(chosen, network, scalers, project.name(), out);
            } else {
                OnnxExport.write(network, scalers, project.name(),
                        DataNames.of(project.dataset(), file.toAbsolutePath().getParent()), out);
                done = "Exported " + file + " to " + out + " (ONNX opset " + OnnxExport.OPSET + ", " + size(out) + ").";
            }
        } catch (ExportRefusedException e) {
            err.println("perceptra export: " + e.getMessage());
            return Cli.EXIT_INVALID;
        } catch (IOException e) {
            return WriteFailure.report(out, e, err);
        }
        stdout.println(done);
        stdout.flush();
        return Cli.EXIT_OK;
    }

    static String size(Path path) {
        try {
            long bytes = Files.size(path);
            return bytes < 10_000 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
