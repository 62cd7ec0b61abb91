package org.perceptra.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.EvaluationReport;
import org.perceptra.engine.NetworkData;
import org.perceptra.engine.RunHistoryJson;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.Scalers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code perceptra evaluate FILE}: the test figures of a trained project, from the weights {@code train --save}
 * stored. The data is split and scaled again as the project says; the split has its own seed, so the test
 * part is the one held out during training.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Print the test figures of a trained project (saved with 'train --save'): loss and metrics, "
                + "and for classification the confusion matrix and each class's precision, recall and F1.",
            "Without a test part the validation part is used, and said so."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Evaluated.", "1:The project has errors, holds no trained weights, or its weights do not "
                + "fit its network.", "2:The project or its data could not be read.", "64:Wrong command line."})
final class EvaluateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A .perceptra project file with trained weights.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var input = ProjectInput.load(file, err);
        if (input.isEmpty()) {
            return Cli.EXIT_UNREADABLE;
        }
        var project = input.get().project();
        if (TrainedWeights.missing("evaluate", file, project, err)) {
            return Cli.EXIT_INVALID;
        }
        NetworkInput checked = NetworkInput.check("evaluate", file, input.get(), project.training(), out, err);
        if (checked.failed()) {
            return checked.exitCode();
        }
        var loaded = TrainedWeights.load("evaluate", project, checked.checked()::compile, err);
        if (loaded.isEmpty()) {
            return Cli.EXIT_INVALID;
        }
        CompiledNetwork network = loaded.get().network();
        NetworkData data;
        try {
            data = data(checked.checked(), network, loaded.get().scalers(), err);
        } catch (IllegalArgumentException e) {
            err.println("perceptra evaluate: " + e.getMessage() + ". Train the project again.");
            return Cli.EXIT_INVALID;
        }
        String part = data.test().isPresent() ? "test" : data.validation().isPresent() ? "validation" : "train";
        var arrays = data.test().or(data::validation).orElse(data.train());
        EvaluationReport report = data.evaluate(network, arrays);
        if (json) {
            ObjectNode o = RunHistoryJson.finals(Map.of(part, report), true);
            o.put("project", file.toString());
            out.println(RunHistoryJson.text(o));
        } else {
            print(out, part, report);
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    /**
     * The data scaled as in training: with the scalers stored with the weights, or, for weights saved before
     * they were, with scalers fitted again on the same seeded split (said so).
     */
    private NetworkData data(RunPreparation.Checked checked, CompiledNetwork network, Optional<Scalers> stored,
                             PrintWriter err) {
        if (stored.isPresent()) {
            return NetworkData.of(checked.split(stored.get().features()), network, stored.get().targets());
        }
        err.println("perceptra evaluate: note: " + file + " was saved without the scaling fitted in training (an "
                + "older version); it was fitted again on the training part, which gives the same figures as long "
                + "as the data has not changed.");
        return NetworkData.of(checked.split(), network);
    }

    private static void print(PrintWriter out, String part, EvaluationReport report) {
        if (!part.equals("test")) {
            out.println("The project has no test part; these are the figures of its " + part + " part.");
        }
        out.println(part + " (" + report.samples() + " samples): " + ReportText.figures(report));
        if (report.isClassification()) {
            out.println();
            out.print(ReportText.confusion(report));
            out.println();
            out.print(ReportText.perClass(report));
        }
    }
}
