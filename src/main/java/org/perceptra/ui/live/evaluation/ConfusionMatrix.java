package org.perceptra.ui.live.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.perceptra.engine.session.TrainingEvent.EvaluationSnapshot;

/**
 * Counts of (true class, predicted class) pairs over evaluated samples, and which samples fell in each cell.
 * Immutable. Classes outside {@code [0, classes)} (which a correct run never sends) are left out of every cell.
 */
public final class ConfusionMatrix {
    private final int classes;
    private final int[][] counts;
    private final int[] actual;
    private final int[] predicted;
    private final int total;

    private ConfusionMatrix(int classes, int[] actual, int[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(actual.length + " true classes, " + predicted.length + " predictions");
        }
        this.classes = classes;
        this.actual = actual.clone();
        this.predicted = predicted.clone();
        this.counts = new int[classes][classes];
        int n = 0;
        for (int i = 0; i < actual.length; i++) {
            if (inRange(actual[i]) && inRange(predicted[i])) {
                counts[actual[i]][predicted[i]]++;
                n++;
            }
        }
        this.total = n;
    }

    public static ConfusionMatrix of(int classes, int[] actual, int[] predicted) {
        return new ConfusionMatrix(classes, actual, predicted);
    }

    public static ConfusionMatrix of(int classes, EvaluationSnapshot s) {
        return new ConfusionMatrix(classes, s.actual(), s.predicted());
    }

    private boolean inRange(int c) {
        return c >= 0 && c < classes;
    }

    public int classes() {
        return classes;
    }

    public int count(int actualClass, int predictedClass) {
        return counts[actualClass][predictedClass];
    }

    /** Samples whose true class is {@code actualClass}. */
    public int rowTotal(int actualClass) {
        int n = 0;
        for (int c : counts[actualClass]) {
            n += c;
        }
        return n;
    }

    /** The cell's share of its row: how often samples of that true class get that prediction (0 for an empty row). */
    public double rowShare(int actualClass, int predictedClass) {
        int row = rowTotal(actualClass);
        return row == 0 ? 0 : counts[actualClass][predictedClass] / (double) row;
    }

    public int total() {
        return total;
    }

    /** The diagonal's sum: samples classified right. */
    public int correct() {
        int n = 0;
        for (int c = 0; c < classes; c++) {
            n += counts[c][c];
        }
        return n;
    }

    /** Share classified right, NaN when there are no samples. */
    public double accuracy() {
        return total == 0 ? Double.NaN : correct() / (double) total;
    }

    /** The indices (in the evaluated part) of the samples in one cell, in their order. */
    public int[] samples(int actualClass, int predictedClass) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == actualClass && predicted[i] == predictedClass) {
                in.add(i);
            }
        }
        return in.stream().mapToInt(Integer::intValue).toArray();
    }
}
