package org.perceptra.ui.live.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The receiver operating characteristic of a two-class answer: for every threshold on the score of class 1,
 * the share of class-1 samples caught (true positive rate) against the share of class-0 samples wrongly caught
 * (false positive rate), and the area under that curve. Samples with the same score cross the threshold together,
 * so a tie draws a diagonal step and counts half, as the Mann–Whitney statistic does. Samples whose score is NaN
 * are left out. Immutable.
 */
public final class RocCurve {
    private final double[] fpr;
    private final double[] tpr;
    private final double[] thresholds;
    private final double auc;

    private RocCurve(double[] fpr, double[] tpr, double[] thresholds, double auc) {
        this.fpr = fpr;
        this.tpr = tpr;
        this.thresholds = thresholds;
        this.auc = auc;
    }

    /** @param actual 1 for the positive class, anything else negative; {@code scores[i]} the score of class 1 */
    public static RocCurve of(int[] actual, float[] scores) {
        if (actual.length != scores.length) {
            throw new IllegalArgumentException(actual.length + " classes, " + scores.length + " scores");
        }
        Integer[] order = IntStream.range(0, scores.length).filter(i -> !Float.isNaN(scores[i])).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed()).toArray(Integer[]::new);
        long positives = Arrays.stream(order).filter(i -> actual[i] == 1).count();
        long negatives = order.length - positives;
        if (positives == 0 || negatives == 0) {
            return new RocCurve(new double[0], new double[0], new double[0], Double.NaN);
        }
        double[] x = new double[order.length + 1];
        double[] y = new double[order.length + 1];
        double[] t = new double[order.length + 1];
        t[0] = Double.POSITIVE_INFINITY;
        int points = 1;
        long tp = 0;
        long fp = 0;
        double area = 0;
        for (int k = 0; k < order.length; ) {
            float score = scores[order[k]];
            for (; k < order.length && scores[order[k]] == score; k++) {
                if (actual[order[k]] == 1) {
                    tp++;
                } else {
                    fp++;
                }
            }
            x[points] = fp / (double) negatives;
            y[points] = tp / (double) positives;
            t[points] = score;
            area += (x[points] - x[points - 1]) * (y[points] + y[points - 1]) / 2;
            points++;
        }
        return new RocCurve(Arrays.copyOf(x, points), Arrays.copyOf(y, points), Arrays.copyOf(t, points), area);
    }

    /** Points on the curve, from (0, 0) to (1, 1). */
    public int size() {
        return fpr.length;
    }

    public double falsePositiveRate(int point) {
        return fpr[point];
    }

    public double truePositiveRate(int point) {
        return tpr[point];
    }

    /** Samples scoring at least this are called class 1 at that point (infinity for the first point). */
    public double threshold(int point) {
        return thresholds[point];
    }

    /** Area under the curve: 1 separates perfectly, 0.5 is chance; NaN when one class is missing. */
    public double auc() {
        return auc;
    }
}
