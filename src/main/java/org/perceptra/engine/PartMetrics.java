package org.perceptra.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.evaluation.regression.RegressionEvaluation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.perceptra.data.TargetScaler;

/**
 * The metrics of one part of the data, fed batch by batch with labels and predictions as the network sees
 * them, computed by ND4J's evaluation classes ({@link Evaluation}, {@link RegressionEvaluation}).
 * Three things are ours: log-loss, which ND4J's evaluations lack; the macro average, which is the plain
 * mean over classes with 0 for an undefined precision (scikit-learn's default) where ND4J's would skip that
 * class; and the ROC AUC ({@link RankAuc}: ND4J's exact ROC gives the same number 1,000 times slower). See {@link EvaluationReport} for the keys.
 */
final class PartMetrics {
    private static final double CLIP = 1e-15;

    private final List<String> classNames;
    private final TargetScaler targets;
    private final Evaluation classification;
    private final RankAuc roc;
    private final RegressionEvaluation regression;
    private double logLossSum;
    private int samples;
    private double lossSum;

    private PartMetrics(List<String> classNames, TargetScaler targets) {
        this.classNames = List.copyOf(classNames);
        this.targets = targets;
        boolean isClassification = targets == null;
        this.classification = isClassification ? new Evaluation(classNames.size()) : null;
        this.roc = isClassification && classNames.size() == 2 ? new RankAuc() : null; // exact AUC
        this.regression = isClassification ? null : new RegressionEvaluation(targets.size());
    }

    /** For classes: labels one-hot, or the class (0 or 1) in one column when the network has one sigmoid unit. */
    static PartMetrics classification(List<String> classNames) {
        return new PartMetrics(classNames, null);
    }

    /** For values: labels and predictions in the scaled units the network learned, mapped back by {@code targets}. */
    static PartMetrics regression(TargetScaler targets) {
        return new PartMetrics(List.of(), targets);
    }

    /** Adds one batch: {@code [n, units]} labels and predictions, and the batch's mean loss. */
    void add(INDArray labels, INDArray predictions, double batchLoss) {
        int n = (int) labels.size(0);
        samples += n;
        lossSum += batchLoss * n;
        INDArray y = labels.castTo(DataType.DOUBLE).reshape(n, -1);
        INDArray p = predictions.castTo(DataType.DOUBLE).reshape(n, -1);
        if (regression != null) {
            regression.eval(unscaled(y), unscaled(p));
            return;
        }
        if (p.size(1) == 1) { // one sigmoid unit: P(class 1)
            y = Nd4j.hstack(y.rsub(1.0), y);
            p = Nd4j.hstack(p.rsub(1.0), p);
        }
        classification.eval(y, p);
        if (roc != null) {
            double[] truth = y.get(NDArrayIndex.all(), NDArrayIndex.point(1)).dup().data().asDouble();
            double[] score = p.get(NDArrayIndex.all(), NDArrayIndex.point(1)).dup().data().asDouble();
            for (int i = 0; i < truth.length; i++) {
                roc.add(score[i], truth[i] > 0.5);
            }
        }
        logLossSum += logLossSum(y, p);
    }

    private INDArray unscaled(INDArray scaled) {
        double[] values = scaled.dup('c').data().asDouble();
        for (int i = 0; i < values.length; i++) {
            values[i] = targets.unscale((float) values[i], i % targets.size());
        }
        return Nd4j.createFromArray(values).reshape(scaled.shape());
    }

    /** Sum over rows of -ln p(true class), with p clipped away from 0 and 1. */
    private static double logLossSum(INDArray oneHot, INDArray p) {
        double[] y = oneHot.dup('c').data().asDouble();
        double[] q = p.dup('c').data().asDouble();
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 0.5) {
                sum -= Math.log(Math.min(1 - CLIP, Math.max(CLIP, q[i])));
            }
        }
        return sum;
    }

    EvaluationReport report() {
        double loss = samples == 0 ? Double.NaN : lossSum / samples;
        if (samples == 0) {
            return new EvaluationReport(0, loss, Map.of(), new int[0][], List.of());
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (regression != null) {
            metrics.put("mae", regression.averageMeanAbsoluteError());
            metrics.put("rmse", regression.averagerootMeanSquaredError());
            metrics.put("r2", regression.averageRSquared());
            return new EvaluationReport(samples, loss, metrics, new int[0][], List.of());
        }
        List<EvaluationReport.ClassFigures> figures = classFigures();
        metrics.put("accuracy", classification.accuracy());
        metrics.put("precision", figures.stream().mapToDouble(EvaluationReport.ClassFigures::precision).average().orElse(0));
        metrics.put("recall", figures.stream().mapToDouble(EvaluationReport.ClassFigures::recall).average().orElse(0));
        metrics.put("f1", figures.stream().mapToDouble(EvaluationReport.ClassFigures::f1).average().orElse(0));
        metrics.put("log_loss", logLossSum / samples);
        if (roc != null) {
            metrics.put("auc", roc.auc());
        }
        return new EvaluationReport(samples, loss, metrics, confusion(), figures);
    }

    private List<EvaluationReport.ClassFigures> classFigures() {
        List<EvaluationReport.ClassFigures> out = new ArrayList<>();
        for (int c = 0; c < classNames.size(); c++) {
            out.add(new EvaluationReport.ClassFigures(classNames.get(c), classification.precision(c, 0.0),
                    classification.recall(c, 0.0), f1(c), classification.getConfusionMatrix().getActualTotal(c)));
        }
        return out;
    }

    /** ND4J's F1 of a class, 0 where precision and recall are both 0 or undefined. */
    private double f1(int c) {
        double f = classification.f1(c);
        return Double.isFinite(f) ? f : 0.0;
    }

    private int[][] confusion() {
        int k = classNames.size();
        int[][] m = new int[k][k];
        for (int actual = 0; actual < k; actual++) {
            for (int predicted = 0; predicted < k; predicted++) {
                m[actual][predicted] = classification.getConfusionMatrix().getCount(actual, predicted);
            }
        }
        return m;
    }
}
