package org.perceptra.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.perceptra.engine.CompileException;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.WeightsJson;
import org.perceptra.export.DataNames;
import org.perceptra.engine.Scalers;
import org.perceptra.export.ExportRefusedException;
import org.perceptra.export.JavaExport;
import org.perceptra.export.Nd4jExport;
import org.perceptra.export.OnnxExport;
import org.perceptra.export.RunReports;
import org.perceptra.export.PyTorchExport;
import org.perceptra.project.Project;
import org.perceptra.project.RunRecord;
import org.perceptra.report.NetworkDiagram;
import org.perceptra.report.RunReportHtml;

/**
 * File ▸ Export: the trained network as a file other tools load, the diagram as a picture, the latest run as a
 * report. The weights are those the last run trained in the window (or by {@code train --save}) left in the
 * project; the export runs on the background thread and its outcome comes back as a message, never a stack
 * trace.
 */
final class ExportCommands {
    private final OpenProject open;
    private final FileDialogs dialogs;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    private final Executor background;

    ExportCommands(OpenProject open, FileDialogs dialogs, Prompts prompts, Supplier<Window> owner,
                   Executor background) {
        this.open = open;
        this.dialogs = dialogs;
        this.prompts = prompts;
        this.owner = owner;
        this.background = background;
    }

    /** The trained network as an ONNX model (opset 13), taking the data in its own units. */
    void onnx() {
        Project project = open.document().project();
        if (!exportable(project, OnnxExport.refusals(project.graph()), "ONNX")) {
            return;
        }
        String suggested = FileCommands.fileNameFor(project.name()).replaceAll("\\.perceptra$", "") + ".onnx";
        dialogs.chooseExportLocation(owner.get(), open.folder(), suggested, "ONNX models", ".onnx")
                .ifPresent(target -> background.execute(() -> write(project, target)));
    }

    /** The network as on the canvas, as a PNG picture (twice the canvas size); needs no training. */
    void diagramPng() {
        diagram(".png", "PNG pictures");
    }

    /** The network as on the canvas, as an SVG drawing that scales without blur; needs no training. */
    void diagramSvg() {
        diagram(".svg", "SVG drawings");
    }

    private void diagram(String extension, String kind) {
        Project project = open.document().project();
        NetworkDiagram diagram = NetworkDiagram.of(project.graph(), open.document().analysis(), project.name());
        String suggested = FileCommands.fileNameFor(project.name()).replaceAll("\\.perceptra$", "") + extension;
        dialogs.chooseExportLocation(owner.get(), open.folder(), suggested, kind, extension).ifPresent(target ->
                background.execute(() -> report(target, "diagram", () -> {
                    if (extension.equals(".png")) {
                        diagram.writePng(target);
                    } else {
                        diagram.writeSvg(target);
                    }
                })));
    }

    /** The latest run as one HTML page to hand in or print: diagram, settings, curves, figures, confusion matrix. */
    void runReport() {
        Project project = open.document().project();
        Optional<RunRecord> run = RunReports.latest(project);
        if (run.isEmpty()) {
            prompts.info("No run to report on yet", "Train the network first (F5). Every run is recorded, and the "
                    + "report shows the latest one.", "export-nothing-dialog");
            return;
        }
        String suggested = FileCommands.fileNameFor(project.name()).replaceAll("\\.perceptra$", "") + "-report.html";
        Path folder = open.folder();
        dialogs.chooseExportLocation(owner.get(), folder, suggested, "Web pages", ".html").ifPresent(target ->
                background.execute(() -> report(target, "report of " + run.get().name(), () -> RunReportHtml.write(
                        RunReports.of(project, run.get().id(), folder, ZonedDateTime.now()), target))));
    }

    /** A picture or page written on the background thread; its outcome comes back as a message. */
    private void report(Path target, String what, PictureWrite write) {
        String failure = null;
        try {
            write.run();
        } catch (IOException e) {
            failure = "Perceptra could not write " + target + ": " + e.getMessage();
        } catch (RuntimeException e) {
            failure = "Perceptra could not make the " + what + ": " + e.getMessage();
        }
        String problem = failure;
        Platform.runLater(() -> {
            if (problem != null) {
                prompts.error("Nothing was exported", problem);
            } else {
                prompts.info("Exported " + target.getFileName(), "The " + what + " is in " + target + ".",
                        "export-done-dialog");
            }
        });
    }

    @FunctionalInterface
    private interface PictureWrite {
        void run() throws IOException;
    }

    /**
     * The trained network as a folder of PyTorch code (model.py, weights.npz, predict.py). The save dialog names
     * the folder to create, as it names a file for ONNX, so the files never spill into a folder chosen for
     * something else.
     */
    void pyTorch() {
        Project project = open.document().project();
        if (!exportable(project, PyTorchExport.refusals(project.graph()), "PyTorch")) {
            return;
        }
        String suggested = FileCommands.fileNameFor(project.name()).replaceAll("\\.perceptra$", "") + "-pytorch";
        dialogs.chooseExportLocation(owner.get(), open.folder(), suggested, "Folders", "")
                .ifPresent(folder -> background.execute(() -> new PyTorchFolderWrite(project, open.folder(), folder)
                        .run(prompts)));
    }

    /** The trained network as ND4J's own SameDiff file, taking the data in its own units. */
    void nd4j() {
        Project project = open.document().project();
        if (exportable(project, Nd4jExport.refusals(project.graph()), "ND4J")) {
            String suggested = FileCommands.fileNameFor(project.name()).replaceAll("\\.perceptra$", "") + ".fb";
            dialogs.chooseExportLocation(owner.get(), open.folder(), suggested, "ND4J SameDiff files", ".fb")
                    .ifPresent(target -> background.execute(() -> writeCode(project, target, (network, scalers) ->
                            Nd4jExport.usage(Nd4jExport.write(network, scalers, target), scalers))));
        }
    }

    /** The trained network as a generated Java class on ND4J, its weights in an .npz file beside it. */
    void java() {
        Project project = open.document().project();
        if (exportable(project, JavaExport.refusals(project.graph()), "Java")) {
            String suggested = JavaExport.className(project.name()) + ".java";
            dialogs.chooseExportLocation(owner.get(), open.folder(), suggested, "Java classes", ".java")
                    .ifPresent(target -> background.execute(() -> writeCode(project, target, (network, scalers) -> {
                        JavaExport.Written w = JavaExport.write(network, scalers, project.name(), target);
                        return w.className() + " rebuilds the network on ND4J alone and reads its weights from "
                                + w.weights().getFileName() + " beside it: predict(float[][]) takes the data in its "
                                + "own units, and 'java " + w.className() + " SAMPLES.csv' prints predictions.";
                    })));
        }
    }

    /** What a format writes, returning the sentences that tell the student how to use it. */
    @FunctionalInterface
    private interface CodeWriter {
        String write(CompiledNetwork network, Optional<Scalers> scalers) throws IOException;
    }

    /** False, with the reason shown, when the network has errors, a kind the format lacks, or no weights yet. */
    private boolean exportable(Project project, List<String> refusals, String format) {
        if (open.document().analysis().hasErrors()) {
            prompts.error("The network cannot be exported", "The network has problems (see the Problems list). "
                    + "Fix them and train it, then export.");
            return false;
        }
        if (!refusals.isEmpty()) {
            prompts.error("The network cannot be exported to " + format, String.join("\n", refusals));
            return false;
        }
        if (!project.results().hasWeights()) {
            prompts.info("Nothing trained to export yet", "Train the network first (F5). When a run completes or"
                    + " is stopped, the project keeps what it learned, and File ▸ Export writes it out.",
                    "export-nothing-dialog");
            return false;
        }
        return true;
    }

    private void writeCode(Project project, Path target, CodeWriter writer) {
        String failure = null;
        String usage = null;
        try {
            CompiledNetwork network = GraphCompiler.compile(project.graph(), project.training());
            WeightsJson.load(project.results().weightsJson(), network);
            usage = writer.write(network, WeightsJson.scalers(project.results().weightsJson()));
        } catch (ExportRefusedException e) {
            failure = e.getMessage();
        } catch (CompileException | IllegalArgumentException e) {
            failure = e.getMessage() + ". Train the network again, then export.";
        } catch (IOException e) {
            failure = "Perceptra could not write " + target + ": " + e.getMessage();
        }
        String problem = failure;
        String done = usage;
        Platform.runLater(() -> {
            if (problem != null) {
                prompts.error("The network could not be exported", problem);
            } else {
                prompts.info("Exported " + target.getFileName(), done, "export-done-dialog");
            }
        });
    }

    private void write(Project project, Path target) {
        String failure = null;
        long bytes = 0;
        try {
            CompiledNetwork network = GraphCompiler.compile(project.graph(), project.training());
            WeightsJson.load(project.results().weightsJson(), network);
            OnnxExport.write(network, WeightsJson.scalers(project.results().weightsJson()), project.name(),
                    DataNames.of(project.dataset(), open.folder()), target);
            bytes = Files.size(target);
        } catch (CompileException | IllegalArgumentException e) {
            failure = e.getMessage() + ". Train the network again, then export.";
        } catch (IOException e) {
            failure = "Perceptra could not write " + target + ": " + e.getMessage();
        }
        String problem = failure;
        long size = bytes;
        Platform.runLater(() -> {
            if (problem != null) {
                prompts.error("The network could not be exported", problem);
            } else {
                prompts.info("Exported " + target.getFileName(), String.format(Locale.ROOT, "%s (%,.1f KB) holds the"
                        + " trained network as an ONNX model (opset 13). It takes the data in its own units, as in"
                        + " the Data panel, and loads in ONNX Runtime, Netron and most other tools.",
                        target, size / 1024.0), "export-done-dialog");
            }
        });
    }
}
