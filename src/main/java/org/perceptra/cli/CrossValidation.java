package org.perceptra.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.perceptra.data.DataException;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.PreparedData;
import org.perceptra.data.SplitIndices;
import org.perceptra.data.Splits;
import org.perceptra.engine.EvaluationReport;
import org.perceptra.engine.Nd4jTrainingLoop;
import org.perceptra.engine.RunHistoryJson;
import org.perceptra.engine.RunPreparation;
import org.perceptra.engine.session.RunLog;
import org.perceptra.engine.session.TrainingEvent;

/**
 * {@code train FILE --folds K}: k-fold cross-validation. The test part (if any) is held out once; the rest is
 * dealt into K folds (stratified as the split says), and the network is trained K times from fresh weights,
 * each time validating on one fold and training on the others, with a scaler fitted on those. Prints each fold's
 * validation figures, then their mean and standard deviation (n - 1): how much the figure depends on the split.
 */
final class CrossValidation {
    private final RunPreparation.Checked checked;
    private final int folds;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Stored weights every fold starts from where they fit (see WarmStart); null: fresh. */
    private final String startingWeights;

    CrossValidation(RunPreparation.Checked checked, int folds, PrintWriter out, PrintWriter err) {
        this(checked, folds, out, err, null);
    }

    CrossValidation(RunPreparation.Checked checked, int folds, PrintWriter out, PrintWriter err,
                    String startingWeights) {
        this.startingWeights = startingWeights;
        this.checked = checked;
        this.folds = folds;
        this.out = out;
        this.err = err;
    }

    /** Trains every fold and prints the figures; the exit code. */
    int run(Path file, boolean json) throws InterruptedException {
        DatasetSpec.Split s = checked.dataset().split();
        List<SplitIndices> parts;
        try {
            parts = Splits.folds(checked.all(), new DatasetSpec.Split(s.validation(), s.test(), s.stratify(), folds,
                    s.seed()));
        } catch (DataException e) {
            err.println("perceptra train: " + e.getMessage());
            return Cli.EXIT_INVALID;
        }
        List<EvaluationReport> reports = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            SplitIndices p = parts.get(f);
            out.printf(Locale.ROOT, "fold %d/%d: training on %d samples, validating on %d%n", f + 1, folds,
                    p.train().length, p.validation().length);
            PreparedData data = PreparedData.prepare(checked.all(), p, checked.dataset().normalization());
            RunLog log = new RunLog();
            RunPreparation.Outcome outcome = checked.session(data, TrainCommand.progress(log, out), startingWeights);
            if (outcome instanceof RunPreparation.Refused refused) {
                return NetworkInput.refused("train", refused, err);
            }
            RunPreparation.Ready ready = (RunPreparation.Ready) outcome;
            ready.session().start();
            ready.session().awaitEnd(Long.MAX_VALUE, TimeUnit.DAYS);
            if (log.ending() instanceof TrainingEvent.RunFailed failed) {
                err.println("perceptra train: fold " + (f + 1) + ": " + failed.message());
                failed.suggestions().forEach(t -> err.println("  Try: " + t));
                return Cli.EXIT_INVALID;
            }
            EvaluationReport r = ready.loop().evaluate(Nd4jTrainingLoop.Part.VALIDATION).orElseThrow();
            ready.loop().releaseData();
            reports.add(r);
            epochs.add(((TrainingEvent.RunFinished) log.ending()).epochsCompleted());
            out.println("fold " + (f + 1) + "/" + folds + " validation: " + ReportText.figures(r));
        }
        Map<String, double[]> figures = figures(reports);
        out.println("validation over " + folds + " folds (mean \u00b1 standard deviation): " + summary(figures));
        if (json) {
            out.println(RunHistoryJson.text(json(file, reports, epochs, figures)));
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    /** Loss and each metric: the values of the folds, in fold order. */
    static Map<String, double[]> figures(List<EvaluationReport> reports) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int f = 0; f < reports.size(); f++) {
            EvaluationReport r = reports.get(f);
            int fold = f;
            out.computeIfAbsent("loss", k -> new double[reports.size()])[fold] = r.loss();
            r.metrics().forEach((k, v) -> out.computeIfAbsent(k, x -> new double[reports.size()])[fold] = v);
        }
        return out;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The sample standard deviation (divided by n - 1): the folds are a sample of the splits there could be. */
    static double standardDeviation(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double m = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - m) * (v - m);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    private static String summary(Map<String, double[]> figures) {
        StringBuilder sb = new StringBuilder();
        figures.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "  ").append(k).append(' ')
                .append(ReportText.number(mean(v))).append(" \u00b1 ").append(ReportText.number(standardDeviation(v))));
        return sb.toString();
    }

    private ObjectNode json(Path file, List<EvaluationReport> reports, List<Integer> epochs,
                            Map<String, double[]> figures) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("project", file.toString());
        root.put("folds", folds);
        root.put("seed", checked.settings().seed());
        ArrayNode perFold = root.putArray("perFold");
        for (int f = 0; f < reports.size(); f++) {
            ObjectNode o = perFold.addObject();
            o.put("fold", f + 1);
            o.put("epochs", epochs.get(f));
            o.setAll(RunHistoryJson.finals(Map.of("validation", reports.get(f)), false));
        }
        ObjectNode mean = root.putObject("mean");
        ObjectNode sd = root.putObject("standardDeviation");
        figures.forEach((k, v) -> {
            mean.put(k, mean(v));
            sd.put(k, standardDeviation(v));
        });
        return root;
    }
}
