package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.data.TargetScaler;

/** ND4J's evaluation figures, as PartMetrics reports them, against the same figures counted by hand here. */
class PartMetricsTest {
    private static final List<String> ABC = List.of("a", "b", "c");
    // Actual classes and predicted probabilities of 8 samples; class c is never predicted.
    private static final int[] ACTUAL = {0, 0, 0, 1, 1, 1, 2, 2};
    private static final double[][] PROBS = {
        {0.7, 0.2, 0.1}, {0.5, 0.4, 0.1}, {0.3, 0.6, 0.1}, {0.1, 0.8, 0.1},
        {0.2, 0.5, 0.3}, {0.6, 0.3, 0.1}, {0.4, 0.35, 0.25}, {0.1, 0.6, 0.3}};

    @Test
    void multiClassFiguresMatchACountByHand() {
        PartMetrics m = PartMetrics.classification(ABC);
        m.add(oneHot(ACTUAL, 0, 5, 3), rows(PROBS, 0, 5), 0.4);
        m.add(oneHot(ACTUAL, 5, 8, 3), rows(PROBS, 5, 8), 0.8);
        EvaluationReport r = m.report();

        int[][] confusion = new int[3][3];
        double logLoss = 0;
        for (int i = 0; i < ACTUAL.length; i++) {
            confusion[ACTUAL[i]][argmax(PROBS[i])]++;
            logLoss -= Math.log(PROBS[i][ACTUAL[i]]);
        }
        assertThat(r.confusion()).isDeepEqualTo(confusion);
        assertThat(confusion).isDeepEqualTo(new int[][] {{2, 1, 0}, {1, 2, 0}, {1, 1, 0}});
        double[] precision = new double[3];
        double[] recall = new double[3];
        double[] f1 = new double[3];
        int correct = 0;
        for (int c = 0; c < 3; c++) {
            int tp = confusion[c][c];
            int predicted = confusion[0][c] + confusion[1][c] + confusion[2][c];
            int actual = confusion[c][0] + confusion[c][1] + confusion[c][2];
            precision[c] = predicted == 0 ? 0 : tp / (double) predicted;
            recall[c] = tp / (double) actual;
            f1[c] = precision[c] + recall[c] == 0 ? 0 : 2 * precision[c] * recall[c] / (precision[c] + recall[c]);
            correct += tp;
            assertThat(r.classes().get(c).precision()).isCloseTo(precision[c], within(1e-9));
            assertThat(r.classes().get(c).recall()).isCloseTo(recall[c], within(1e-9));
            assertThat(r.classes().get(c).f1()).isCloseTo(f1[c], within(1e-9));
            assertThat(r.classes().get(c).support()).isEqualTo(actual);
        }
        assertThat(r.metric("accuracy")).isCloseTo(correct / 8.0, within(1e-12));
        assertThat(r.metric("precision")).isCloseTo((precision[0] + precision[1] + precision[2]) / 3, within(1e-9));
        assertThat(r.metric("recall")).isCloseTo((recall[0] + recall[1] + recall[2]) / 3, within(1e-9));
        assertThat(r.metric("f1")).isCloseTo((f1[0] + f1[1] + f1[2]) / 3, within(1e-9));
        assertThat(r.metric("log_loss")).isCloseTo(logLoss / 8, within(1e-9));
        assertThat(r.loss()).isCloseTo((0.4 * 5 + 0.8 * 3) / 8, within(1e-12));
        assertThat(r.metrics()).doesNotContainKey("auc");
        assertThat(r.classes()).extracting(EvaluationReport.ClassFigures::name).containsExactly("a", "b", "c");
    }

    // Binary: P(class 1) of 8 samples, no ties.
    private static final int[] BINARY = {0, 1, 0, 1, 1, 0, 1, 0};
    private static final double[] P1 = {0.1, 0.9, 0.6, 0.4, 0.8, 0.3, 0.55, 0.2};

    @Test
    void binaryAucIsTheShareOfPositiveNegativePairsRankedRight() {
        int pairs = 0;
        int right = 0;
        for (int i = 0; i < BINARY.length; i++) {
            for (int j = 0; j < BINARY.length; j++) {
                if (BINARY[i] == 1 && BINARY[j] == 0) {
                    pairs++;
                    right += P1[i] > P1[j] ? 1 : 0;
                }
            }
        }
        double auc = right / (double) pairs;
        assertThat(auc).isEqualTo(14.0 / 16);

        PartMetrics oneUnit = PartMetrics.classification(List.of("no", "yes"));
        double[][] column = new double[P1.length][1];
        double[][] labels = new double[P1.length][1];
        for (int i = 0; i < P1.length; i++) {
            column[i][0] = P1[i];
            labels[i][0] = BINARY[i];
        }
        oneUnit.add(Nd4j.createFromArray(labels), Nd4j.createFromArray(column), 0.5);
        EvaluationReport r = oneUnit.report();
        assertThat(r.metric("auc")).isCloseTo(auc, within(1e-12));

        double[][] twoUnits = new double[P1.length][];
        for (int i = 0; i < P1.length; i++) {
            twoUnits[i] = new double[] {1 - P1[i], P1[i]};
        }
        PartMetrics softmax = PartMetrics.classification(List.of("no", "yes"));
        softmax.add(oneHot(BINARY, 0, BINARY.length, 2), Nd4j.createFromArray(twoUnits), 0.5);
        EvaluationReport s = softmax.report();
        assertThat(s.metric("auc")).isCloseTo(auc, within(1e-12));
        // Threshold 0.5: predicted 1 for 0.9, 0.6, 0.8, 0.55; right for 0.9, 0.8, 0.55 and for 0.1, 0.3, 0.2.
        assertThat(r.metric("accuracy")).isCloseTo(6 / 8.0, within(1e-12));
        assertThat(r.confusion()).isDeepEqualTo(new int[][] {{3, 1}, {1, 3}});
        assertThat(s.confusion()).isDeepEqualTo(r.confusion());
        double logLoss = 0;
        for (int i = 0; i < P1.length; i++) {
            logLoss -= Math.log(BINARY[i] == 1 ? P1[i] : 1 - P1[i]);
        }
        assertThat(r.metric("log_loss")).isCloseTo(logLoss / 8, within(1e-9));
    }

    @Test
    void regressionFiguresAreInTheDataUnitsAfterUnscaling() {
        TargetScaler scaler = new TargetScaler(new float[] {150f}, new float[] {50f});
        double[] targets = {100, 150, 200, 250, 120};
        double[] predictions = {110, 140, 230, 240, 100};
        double[][] y = new double[5][1];
        double[][] p = new double[5][1];
        for (int i = 0; i < 5; i++) {
            y[i][0] = (targets[i] - 150) / 50;
            p[i][0] = (predictions[i] - 150) / 50;
        }
        PartMetrics m = PartMetrics.regression(scaler);
        m.add(Nd4j.createFromArray(y), Nd4j.createFromArray(p), 0.1);
        EvaluationReport r = m.report();

        double mean = 0;
        for (double t : targets) {
            mean += t / 5;
        }
        double abs = 0;
        double sq = 0;
        double total = 0;
        for (int i = 0; i < 5; i++) {
            abs += Math.abs(targets[i] - predictions[i]);
            sq += Math.pow(targets[i] - predictions[i], 2);
            total += Math.pow(targets[i] - mean, 2);
        }
        assertThat(r.metric("mae")).isCloseTo(abs / 5, within(1e-3));
        assertThat(r.metric("rmse")).isCloseTo(Math.sqrt(sq / 5), within(1e-3));
        assertThat(r.metric("r2")).isCloseTo(1 - sq / total, within(1e-6));
        assertThat(r.isClassification()).isFalse();
        assertThat(r.confusion()).isEmpty();
        assertThat(r.loss()).isEqualTo(0.1);
    }

    @Test
    void anEmptyPartHasNoFigures() {
        EvaluationReport r = PartMetrics.classification(ABC).report();
        assertThat(r.samples()).isZero();
        assertThat(r.metrics()).isEmpty();
        assertThat(r.loss()).isNaN();
    }

    @Test
    void theReportCannotBeChangedFromOutside() {
        PartMetrics m = PartMetrics.classification(ABC);
        m.add(oneHot(ACTUAL, 0, 8, 3), rows(PROBS, 0, 8), 0.4);
        EvaluationReport r = m.report();
        r.confusion()[0][0] = 99;
        assertThat(r.confusion()[0][0]).isEqualTo(2);
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            best = p[k] > p[best] ? k : best;
        }
        return best;
    }

    private static INDArray oneHot(int[] classes, int from, int to, int k) {
        double[][] y = new double[to - from][k];
        for (int i = from; i < to; i++) {
            y[i - from][classes[i]] = 1;
        }
        return Nd4j.createFromArray(y);
    }

    private static INDArray rows(double[][] values, int from, int to) {
        return Nd4j.createFromArray(java.util.Arrays.copyOfRange(values, from, to));
    }
}
