package org.perceptra.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perceptra.engine.EvaluationReport;

/** Metrics, confusion matrices and per-class figures as plain text for the terminal. */
final class ReportText {
    private ReportText() {
    }

    /** {@code "loss 0.1234  accuracy 0.950  f1 0.948 ..."}, every metric of the report. */
    static String figures(EvaluationReport r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "loss %.4f", r.loss()));
        r.metrics().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %s %s", k, number(v))));
        return sb.toString();
    }

    /** Only the metrics a progress line has room for, with a prefix ("val_"). */
    static String headline(Map<String, Double> metrics, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String key : List.of("accuracy", "mae", "r2")) {
            Double v = metrics.get(key);
            if (v != null) {
                sb.append(String.format(Locale.ROOT, "  %s%s %s", prefix, key, number(v)));
            }
        }
        return sb.toString();
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.4f", v);
    }

    /** Rows are the actual classes, columns the predicted ones. */
    static String confusion(EvaluationReport r) {
        int[][] m = r.confusion();
        List<String> names = r.classes().stream().map(EvaluationReport.ClassFigures::name).toList();
        int widest = Math.max(6, names.stream().mapToInt(String::length).max().orElse(1));
        for (int[] row : m) {
            for (int v : row) {
                widest = Math.max(widest, Integer.toString(v).length());
            }
        }
        int width = widest;
        StringBuilder sb = new StringBuilder("Confusion matrix (rows: actual class, columns: predicted class)\n");
        sb.append(pad("", width));
        names.forEach(n -> sb.append(' ').append(pad(n, width)));
        sb.append('\n');
        for (int a = 0; a < m.length; a++) {
            sb.append(pad(names.get(a), width));
            for (int v : m[a]) {
                sb.append(' ').append(pad(Integer.toString(v), width));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String perClass(EvaluationReport r) {
        int width = Math.max(5, r.classes().stream().mapToInt(c -> c.name().length()).max().orElse(1));
        StringBuilder sb = new StringBuilder(pad("class", width) + "  precision  recall      f1  support\n");
        for (EvaluationReport.ClassFigures c : r.classes()) {
            sb.append(String.format(Locale.ROOT, "%s  %9.3f  %6.3f  %6.3f  %7d%n", pad(c.name(), width),
                    c.precision(), c.recall(), c.f1(), c.support()));
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
