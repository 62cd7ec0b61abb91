package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.evaluation.classification.ROC;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The AUC from ranks is the share of correctly ordered (positive, negative) pairs, ties counting half (the usual
 * definition, scikit-learn's), counted pair by pair here, for good, poor and inverted scores with and without
 * ties; without ties it is also ND4J's exact ROC AUC. With ties ND4J's differs (by 0.004-0.007 below): its
 * exact curve steps through tied scores one sample at a time instead of taking the diagonal.
 */
class RankAucTest {
    @ParameterizedTest(name = "{0} samples, {1} distinct scores, signal {2}")
    @CsvSource({"360, 100000000, 1.0", "120, 7, 0.5", "50, 2, 0.0", "200, 100000000, -1.0", "33, 4, 3.0"})
    void matchesNd4jsExactRoc(int n, int levels, double signal) {
        SplittableRandom rng = new SplittableRandom(n * 31L + levels);
        double[] truth = new double[n];
        double[] score = new double[n];
        RankAuc ours = new RankAuc();
        for (int i = 0; i < n; i++) {
            truth[i] = rng.nextBoolean() ? 1 : 0;
            double raw = 1 / (1 + Math.exp(-(signal * (2 * truth[i] - 1) + rng.nextGaussian())));
            score[i] = Math.floor(raw * levels) / levels; // few levels: many ties
            ours.add(score[i], truth[i] > 0.5);
        }
        double right = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (truth[i] == 1 && truth[j] == 0) {
                    pairs++;
                    right += score[i] > score[j] ? 1 : score[i] == score[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(ours.auc()).isCloseTo(right / pairs, within(1e-12));
        if (levels > n * n) { // no ties, as good as sure
            ROC nd4j = new ROC(0);
            nd4j.eval(Nd4j.createFromArray(truth).reshape(n, 1), Nd4j.createFromArray(score).reshape(n, 1));
            assertThat(ours.auc()).isCloseTo(nd4j.calculateAUC(), within(1e-12));
        }
    }

    @ParameterizedTest(name = "scores {0}")
    @CsvSource({"'0.1,0.2,0.8,0.9', 1.0", "'0.9,0.8,0.2,0.1', 0.0", "'0.5,0.5,0.5,0.5', 0.5"})
    void ordersPairs(String scores, double expected) {
        RankAuc auc = new RankAuc();
        String[] s = scores.split(",");
        for (int i = 0; i < s.length; i++) {
            auc.add(Double.parseDouble(s[i]), i >= 2); // the last two are positive
        }
        assertThat(auc.auc()).isEqualTo(expected);
    }
}
