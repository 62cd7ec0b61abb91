package org.perceptra.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.perceptra.data.DataException;
import org.perceptra.data.Dataset;
import org.perceptra.data.PredictionInput;
import org.perceptra.data.TargetScaler;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.Mode;
import org.perceptra.engine.NetworkData;
import org.perceptra.engine.Scalers;
import org.perceptra.onnximport.ImportedModel;
import org.perceptra.onnximport.OnnxImport;
import org.perceptra.onnximport.OnnxImportException;
import org.perceptra.project.AtomicFiles;
import org.perceptra.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code perceptra predict FILE --input DATA --out OUT.csv}: a trained project's answers for new samples, one
 * CSV row each. The input is scaled with the scaling fitted in training (stored with the weights), so it is
 * given in the data's own units, as a student would type it. An ONNX file (Perceptra's export, or PyTorch's) is
 * imported first, as File ▸ Import reads it; its metadata names the columns and classes where Perceptra wrote it.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Run a trained project (saved with 'train --save') on new samples and write one CSV row per "
                + "sample: each class's probability and the predicted class, or the predicted values.",
            "DATA is a CSV whose first row names the feature columns as the project's data does (x1,x2 for the "
                + "2-D generators; extra columns are ignored), or an IDX image file for image networks.",
            "FILE may be an .onnx model (exported by Perceptra, or by PyTorch at opset 13): its columns are those "
                + "its metadata names, or x1, x2, ...; its classes are named, or numbered from 0."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Predicted.", "1:The project has errors or holds no trained weights.",
            "2:The project, its data or DATA could not be read (or the ONNX model imported), or OUT could not be "
                + "written.",
            "64:Wrong command line."})
final class PredictCommand implements Callable<Integer> {
    /** Samples per forward pass: bounded memory for large inputs. */
    private static final int CHUNK = 512;

    @Parameters(paramLabel = "FILE", description = "A .perceptra project file with trained weights, or an .onnx model.")
    Path file;

    @Option(names = "--input", required = true, paramLabel = "DATA", description = "New samples: CSV, or IDX images.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "Where to write the answers.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (isOnnx(file)) {
            return predictOnnx(stdout, err);
        }
        var loaded = ProjectInput.load(file, err);
        if (loaded.isEmpty()) {
            return Cli.EXIT_UNREADABLE;
        }
        var project = loaded.get().project();
        if (TrainedWeights.missing("predict", file, project, err)) {
            return Cli.EXIT_INVALID;
        }
        NetworkInput checked = NetworkInput.check("predict", file, loaded.get(), project.training(), stdout, err);
        if (checked.failed()) {
            return checked.exitCode();
        }
        Dataset reference = checked.checked().all();
        var trained = TrainedWeights.load("predict", project, checked.checked()::compile, err);
        if (trained.isEmpty()) {
            return Cli.EXIT_INVALID;
        }
        CompiledNetwork network = trained.get().network();
        Scalers scalers = trained.get().scalers().orElse(null);
        if (scalers == null) {
            err.println("perceptra predict: note: " + file + " was saved without the scaling fitted in training (an "
                    + "older version); it was fitted again on the training part.");
            var split = checked.checked().split();
            NetworkData seen = NetworkData.of(split, network);
            try {
                scalers = Scalers.of(split, seen);
            } finally {
                seen.close();
            }
        }
        return answer(network, scalers, AnswerFormat.of(reference), stdout, err);
    }

    /** An ONNX file: imported as the window imports it, then answered as a trained project is. */
    private Integer predictOnnx(PrintWriter stdout, PrintWriter err) {
        ImportedModel model;
        try {
            model = OnnxImport.read(file);
        } catch (OnnxImportException e) {
            err.println("perceptra predict: " + e.getMessage());
            return Cli.EXIT_UNREADABLE;
        }
        Project project = model.project();
        var trained = TrainedWeights.load("predict", project,
                () -> GraphCompiler.compile(project.graph(), project.training()), err);
        if (trained.isEmpty()) {
            return Cli.EXIT_INVALID;
        }
        return answer(trained.get().network(), trained.get().scalers().orElseThrow(), AnswerFormat.of(model), stdout,
                err);
    }

    private Integer answer(CompiledNetwork network, Scalers scalers, AnswerFormat format, PrintWriter stdout,
                           PrintWriter err) {
        float[] samples;
        try {
            samples = isIdx(input) ? PredictionInput.readIdxImages(input, network.inputShape())
                    : PredictionInput.readCsv(input, format.featureColumns());
        } catch (DataException e) {
            err.println("perceptra predict: " + e.getMessage());
            return Cli.EXIT_UNREADABLE;
        }
        int size = (int) network.inputShape().size();
        int count = samples.length / size;
        scalers.features().applyInPlace(samples, 0, count);
        String csv = answers(network, samples, count, format, scalers);
        try {
            AtomicFiles.writeText(out, csv);
        } catch (IOException e) {
            err.println("perceptra predict: cannot write " + out + ": " + e.getMessage());
            return Cli.EXIT_UNREADABLE;
        }
        stdout.println("Wrote " + count + (count == 1 ? " prediction" : " predictions") + " to " + out + ".");
        stdout.flush();
        return Cli.EXIT_OK;
    }

    private static boolean isOnnx(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx");
    }

    private static boolean isIdx(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains("-ubyte") || name.endsWith(".idx") || name.endsWith(".idx.gz")
                || name.contains("idx3") || name.contains("idx1");
    }

    private static String answers(CompiledNetwork network, float[] samples, int count, AnswerFormat reference,
                                  Scalers scalers) {
        int size = (int) network.inputShape().size();
        int outputs = (int) network.outputShape().size();
        boolean classes = reference.classification();
        StringWriter text = new StringWriter();
        Mode before = network.mode();
        network.setMode(Mode.INFERENCE);
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(header(reference, outputs));
            for (int from = 0; from < count; from += CHUNK) {
                int n = Math.min(CHUNK, count - from);
                float[] chunk = new float[n * size];
                System.arraycopy(samples, from * size, chunk, 0, chunk.length);
                float[] y = network.predict(chunk, n);
                for (int i = 0; i < n; i++) {
                    printer.printRecord(classes ? classRow(y, i, outputs, reference.classNames())
                            : valueRow(y, i, outputs, scalers.targetScaler().orElse(TargetScaler.identity(outputs))));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        } finally {
            network.setMode(before);
        }
        return text.toString();
    }

    private static List<String> header(AnswerFormat reference, int outputs) {
        List<String> names = new ArrayList<>();
        if (reference.classification()) {
            reference.classNames().forEach(c -> names.add("p(" + c + ")"));
            names.add("predicted");
        } else {
            String target = reference.targetName() == null || reference.targetName().isBlank()
                    ? "prediction" : reference.targetName();
            for (int k = 0; k < outputs; k++) {
                names.add(outputs == 1 ? target : target + "[" + k + "]");
            }
        }
        return names;
    }

    /** Class probabilities and the most likely class; one sigmoid unit gives P(second class). */
    private static List<String> classRow(float[] y, int i, int outputs, List<String> classNames) {
        float[] p = new float[classNames.size()];
        if (outputs == 1) {
            p[1] = y[i];
            p[0] = 1 - y[i];
        } else {
            System.arraycopy(y, i * outputs, p, 0, p.length);
        }
        int best = 0;
        List<String> row = new ArrayList<>();
        for (int c = 0; c < p.length; c++) {
            row.add(number(p[c]));
            if (p[c] > p[best]) {
                best = c;
            }
        }
        row.add(classNames.get(best));
        return row;
    }

    private static List<String> valueRow(float[] y, int i, int outputs, TargetScaler targets) {
        List<String> row = new ArrayList<>();
        for (int k = 0; k < outputs; k++) {
            row.add(number(targets.unscale(y[i * outputs + k], k)));
        }
        return row;
    }

    private static String number(float v) {
        return Float.toString(v);
    }
}
