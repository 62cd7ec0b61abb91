package org.perceptra.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.perceptra.data.Dataset;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingLoop;
import org.perceptra.model.TrainingSettings;

/**
 * The real {@link TrainingLoop}: a compiled network trained on prepared data, shuffled each epoch with the
 * run's seed (same seed, same numbers), evaluated on the training and validation parts after each epoch.
 */
public final class Nd4jTrainingLoop implements TrainingLoop {
    private static final int EVAL_BATCH = 512;

    private final CompiledNetwork network;
    private final TrainingArrays train;
    private final TrainingArrays validation;
    private final int[] trainClasses;
    private final int[] validationClasses;
    private final int batchSize;
    private final Random shuffle;
    private final SnapshotMaker snapshots;
    private int[] order;
    private Map<String, float[]> best;

    public Nd4jTrainingLoop(CompiledNetwork network, PreparedData data, TrainingSettings settings) {
        this.network = network;
        int outputs = (int) network.outputShape().size();
        this.train = arrays(data.train(), outputs);
        this.validation = data.validation().size() == 0 ? null : arrays(data.validation(), outputs);
        this.trainClasses = classes(data.train());
        this.validationClasses = classes(data.validation());
        this.batchSize = Math.min(settings.batchSize(), Math.max(1, train.size()));
        this.shuffle = new Random(settings.seed());
        this.order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.snapshots = new SnapshotMaker(network, data, train, validation, SnapshotMaker.DEFAULT_RESOLUTION);
    }

    /** Features as they are; labels one-hot for several class units, the class itself for one unit, or values. */
    static TrainingArrays arrays(Dataset d, int outputs) {
        float[] x = new float[d.size() * d.sampleSize()];
        for (int i = 0; i < d.size(); i++) {
            d.copySample(i, x, i * d.sampleSize());
        }
        float[] y = new float[d.size() * outputs];
        for (int i = 0; i < d.size(); i++) {
            if (!d.isClassification()) {
                for (int k = 0; k < outputs; k++) {
                    y[i * outputs + k] = d.value(i, k);
                }
            } else if (outputs == 1) {
                y[i] = d.classOf(i);
            } else {
                y[i * outputs + d.classOf(i)] = 1f;
            }
        }
        return new TrainingArrays(x, d.featureShape(), y, org.perceptra.model.Shape.of(outputs), d.size());
    }

    private static int[] classes(Dataset d) {
        if (!d.isClassification()) {
            return null;
        }
        int[] c = new int[d.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = d.classOf(i);
        }
        return c;
    }

    @Override
    public int batchesPerEpoch() {
        return (train.size() + batchSize - 1) / batchSize;
    }

    @Override
    public double trainBatch(int epoch, int batch) {
        if (batch == 0) {
            shuffleOrder();
        }
        int from = batch * batchSize;
        int to = Math.min(order.length, from + batchSize);
        int[] rows = java.util.Arrays.copyOfRange(order, from, to);
        return network.fitBatch(train, rows);
    }

    private void shuffleOrder() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    @Override
    public double learningRate() {
        return network.learningRate();
    }

    @Override
    public EpochMetrics endEpoch(int epoch) {
        network.setMode(Mode.INFERENCE);
        try {
            Map<String, Double> trainMetrics = new LinkedHashMap<>();
            double trainLoss = evaluate(train, trainClasses, trainMetrics);
            Map<String, Double> valMetrics = new LinkedHashMap<>();
            double valLoss = validation == null ? Double.NaN : evaluate(validation, validationClasses, valMetrics);
            return new EpochMetrics(trainLoss, valLoss, trainMetrics, valMetrics);
        } finally {
            network.setMode(Mode.TRAINING);
        }
    }

    /** Mean loss over the part, in chunks, and accuracy for classification. */
    private double evaluate(TrainingArrays part, int[] classes, Map<String, Double> metrics) {
        double lossSum = 0;
        int correct = 0;
        for (int from = 0; from < part.size(); from += EVAL_BATCH) {
            int n = Math.min(EVAL_BATCH, part.size() - from);
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = from + i;
            }
            lossSum += network.loss(part, rows) * n;
            if (classes != null) {
                correct += correctIn(network.predict(part, rows), rows, classes);
            }
        }
        if (classes != null) {
            metrics.put("accuracy", correct / (double) part.size());
        }
        return lossSum / part.size();
    }

    private int correctIn(float[] p, int[] rows, int[] classes) {
        int units = p.length / rows.length;
        int correct = 0;
        for (int i = 0; i < rows.length; i++) {
            int predicted;
            if (units == 1) {
                predicted = p[i] >= 0.5f ? 1 : 0;
            } else {
                predicted = 0;
                for (int k = 1; k < units; k++) {
                    if (p[i * units + k] > p[i * units + predicted]) {
                        predicted = k;
                    }
                }
            }
            if (predicted == classes[rows[i]]) {
                correct++;
            }
        }
        return correct;
    }

    @Override
    public Optional<String> firstNonFiniteLayer() {
        for (Map.Entry<String, float[]> e : network.parameters().entrySet()) {
            for (float v : e.getValue()) {
                if (!Float.isFinite(v)) {
                    return network.nodeOf(e.getKey()).map(Object::toString);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void prepareSnapshot() {
        snapshots.prepare();
    }

    @Override
    public Optional<TrainingEvent.WeightSnapshot> weightSnapshot(long iteration) {
        return Optional.of(snapshots.weightSnapshot(iteration));
    }

    @Override
    public Optional<TrainingEvent.DecisionBoundary> decisionBoundary(long iteration) {
        return snapshots.decisionBoundary(iteration);
    }

    @Override
    public Optional<TrainingEvent.RegressionPreview> regressionPreview(long iteration) {
        return snapshots.regressionPreview(iteration);
    }

    @Override
    public void rememberBest() {
        best = network.parameters();
    }

    @Override
    public void restoreBest() {
        if (best != null) {
            network.setParameters(best);
        }
    }

    @Override
    public void close() {
        // The data copies are this loop's own and can be large (MNIST): free them now. The network's weights
        // stay usable (saving, predicting after the run); the garbage collector frees them with the network.
        best = null;
        train.close();
        if (validation != null) {
            validation.close();
        }
    }

    public CompiledNetwork network() {
        return network;
    }
}
