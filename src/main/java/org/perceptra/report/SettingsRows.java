package org.perceptra.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.Optimizer;
import org.perceptra.project.RunRecord;

/** A run's settings as label and value rows, in the words the Training panel uses. */
final class SettingsRows {
    record Row(String label, String value) {
    }

    private SettingsRows() {
    }

    static List<Row> of(RunRecord run, DatasetSpec dataset) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Data", data(dataset)));
        TrainingSettings s = run.settings();
        if (s == null) {
            rows.add(new Row("Settings", "not recorded with this run"));
            return rows;
        }
        rows.add(new Row("Optimizer", optimizer(s)));
        rows.add(new Row("Learning rate", number(s.learningRate())));
        rows.add(new Row("Schedule", schedule(s.schedule())));
        rows.add(new Row("Batch size", Integer.toString(s.batchSize())));
        rows.add(new Row("Epochs", run.epochsCompleted() + " of " + s.epochs() + " planned"));
        rows.add(new Row("Weight decay", s.weightDecay() == 0 ? "none" : number(s.weightDecay())));
        rows.add(new Row("Gradient clipping", clipping(s)));
        rows.add(new Row("Early stopping", earlyStopping(s.earlyStopping())));
        rows.add(new Row("Seed", Long.toString(s.seed())));
        return rows;
    }

    private static String data(DatasetSpec d) {
        String source = source(d.source());
        DatasetSpec.Split split = d.split();
        String parts = String.format(Locale.ROOT, "validation %s %%, test %s %%", number(split.validation() * 100),
                number(split.test() * 100));
        return source + "; " + parts + "; normalisation " + d.normalization().id();
    }

    private static String source(DataSource s) {
        if (s instanceof DataSource.Generated g) {
            return g.generator().id() + " (generated, " + g.count() + " samples, noise " + number(g.noise()) + ")";
        }
        if (s instanceof DataSource.Bundled b) {
            return b.dataset().id() + " (bundled)";
        }
        if (s instanceof DataSource.Csv c) {
            return c.path() + " (CSV)";
        }
        if (s instanceof DataSource.Idx i) {
            return i.images() + " (IDX)";
        }
        if (s instanceof DataSource.ImageFolder f) {
            return f.path() + " (image folder)";
        }
        return s.type();
    }

    private static String optimizer(TrainingSettings s) {
        String name = switch (s.optimizer()) {
            case SGD -> "SGD";
            case MOMENTUM -> "SGD with momentum";
            case NESTEROV -> "Nesterov momentum";
            case RMSPROP -> "RMSprop";
            case ADAGRAD -> "AdaGrad";
            case ADAM -> "Adam";
            case ADAMW -> "AdamW";
            case NADAM -> "Nadam";
        };
        boolean usesMomentum = s.optimizer() == Optimizer.MOMENTUM || s.optimizer() == Optimizer.NESTEROV;
        return usesMomentum ? name + " (" + number(s.momentum()) + ")" : name;
    }

    private static String schedule(TrainingSettings.Schedule s) {
        return switch (s.type()) {
            case CONSTANT -> "constant";
            case STEP -> "× " + number(s.factor()) + " every " + s.stepEpochs() + " epochs";
            case EXPONENTIAL -> "× " + number(s.factor()) + " each epoch";
            case COSINE -> "cosine down to " + number(s.minLearningRate());
            case WARMUP_COSINE -> "warm-up " + s.warmupEpochs() + " epochs, then cosine down to "
                    + number(s.minLearningRate());
            case ONE_CYCLE -> "one cycle, rising for " + s.warmupEpochs() + " epochs";
            case REDUCE_ON_PLATEAU -> "× " + number(s.factor()) + " after " + s.stepEpochs()
                    + " epochs without improvement, down to " + number(s.minLearningRate());
        };
    }

    private static String clipping(TrainingSettings s) {
        List<String> parts = new ArrayList<>();
        if (s.clipNorm() > 0) {
            parts.add("norm " + number(s.clipNorm()));
        }
        if (s.clipValue() > 0) {
            parts.add("value " + number(s.clipValue()));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String earlyStopping(TrainingSettings.EarlyStopping e) {
        if (!e.enabled()) {
            return "off";
        }
        return "on " + e.monitor() + ", patience " + e.patience() + " epochs"
                + (e.minDelta() > 0 ? ", min change " + number(e.minDelta()) : "")
                + (e.restoreBest() ? ", best weights restored" : "");
    }

    /** Up to six significant digits, no trailing zeros: 0.01, 1e-05, 32. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String text = String.format(Locale.ROOT, "%.6g", v);
        if (text.contains("e")) {
            return text.replaceAll("\\.?0+e", "e");
        }
        return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
    }
}
