package org.perceptra.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a network did on one part of the data, for epoch lines and the final report. Immutable: the matrix
 * is copied in and out.
 *
 * <p>Metric keys: classification has {@code accuracy}, {@code precision}, {@code recall} and {@code f1}
 * (macro averages: the mean over classes, each class counting once), {@code log_loss} (natural log,
 * probabilities clipped to [1e-15, 1 - 1e-15] as scikit-learn does) and, for two classes, {@code auc} (area
 * under the ROC curve of class 1). Regression has {@code mae}, {@code rmse} and {@code r2}, averaged over
 * target values and always in the data's own units, even when the network learned scaled targets.
 *
 * @param loss      the mean training loss on this part (penalties included); for regression with scaled targets
 *                  it is in scaled units (a mean squared error of 1 is as good as predicting the mean)
 * @param confusion for classification {@code confusion[actual][predicted]} counts; empty for regression
 * @param classes   per class figures in class order; empty for regression
 */
public record EvaluationReport(int samples, double loss, Map<String, Double> metrics, int[][] confusion,
                               List<ClassFigures> classes) {
    /** One class: precision, recall and F1 (0 where undefined, as scikit-learn's default) and its sample count. */
    public record ClassFigures(String name, double precision, double recall, double f1, int support) {
        public ClassFigures {
            Objects.requireNonNull(name, "name");
        }
    }

    public EvaluationReport {
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        confusion = deepCopy(confusion);
        classes = List.copyOf(classes);
    }

    public boolean isClassification() {
        return !classes.isEmpty();
    }

    /** The named metric, or NaN when this report has none of that name. */
    public double metric(String key) {
        return metrics.getOrDefault(key, Double.NaN);
    }

    @Override
    public int[][] confusion() {
        return deepCopy(confusion);
    }

    private static int[][] deepCopy(int[][] m) {
        int[][] copy = new int[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvaluationReport r && samples == r.samples
                && Double.compare(loss, r.loss) == 0 && metrics.equals(r.metrics)
                && java.util.Arrays.deepEquals(confusion, r.confusion) && classes.equals(r.classes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(samples, loss, metrics, java.util.Arrays.deepHashCode(confusion), classes);
    }

    @Override
    public String toString() {
        return "EvaluationReport[" + samples + " samples, loss " + loss + ", " + metrics + "]";
    }
}
