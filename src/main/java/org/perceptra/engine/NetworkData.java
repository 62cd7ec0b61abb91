package org.perceptra.engine;

import java.util.List;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.data.Dataset;
import org.perceptra.data.PreparedData;
import org.perceptra.data.TargetScaler;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.Shape;

/**
 * A prepared dataset as one compiled network sees it: each part as ND4J matrices, labels one-hot for several
 * class units, the class itself for one unit, and regression targets z-scored with a {@link TargetScaler}
 * fitted on the training part when the Output layer is linear (a sigmoid or ReLU output cannot produce
 * z-scores, so its targets stay as they are). Also evaluates the network on any of its parts.
 */
public final class NetworkData {
    private static final int EVAL_BATCH = 512;

    private final TrainingArrays train;
    private final TrainingArrays validation;
    private final TrainingArrays test;
    private final List<String> classNames;
    private final TargetScaler targets;

    private NetworkData(PreparedData data, int outputs, TargetScaler targets) {
        this.targets = targets;
        this.classNames = data.train().isClassification() ? data.train().classNames() : List.of();
        this.train = arrays(data.train(), outputs, targets);
        this.validation = data.validation().size() == 0 ? null : arrays(data.validation(), outputs, targets);
        this.test = data.test().size() == 0 ? null : arrays(data.test(), outputs, targets);
    }

    public static NetworkData of(PreparedData data, CompiledNetwork network) {
        int outputs = (int) network.outputShape().size();
        Dataset train = data.train();
        TargetScaler targets = null;
        if (!train.isClassification()) {
            targets = scalesTargets(network.graph()) ? TargetScaler.fit(train) : TargetScaler.identity(outputs);
        }
        return new NetworkData(data, outputs, targets);
    }

    /**
     * As a trained network saw it: regression targets scaled with the scaler stored with its weights rather than
     * one fitted again (ignored for classification).
     *
     * @throws IllegalArgumentException when the stored scaler does not have one value per output
     */
    public static NetworkData of(PreparedData data, CompiledNetwork network, TargetScaler stored) {
        int outputs = (int) network.outputShape().size();
        if (data.train().isClassification() || stored == null) {
            return of(data, network);
        }
        if (stored.size() != outputs) {
            throw new IllegalArgumentException("the stored target scaling has " + stored.size() + " values for "
                    + outputs + " outputs");
        }
        return new NetworkData(data, outputs, stored);
    }

    /** Whether the graph's Output layer is linear, so that z-scored targets are within its reach. */
    static boolean scalesTargets(NetworkGraph graph) {
        return graph.nodes().stream().filter(n -> n.kind().id().equals(GraphCompiler.OUTPUT_KIND))
                .map(LayerNode::params).anyMatch(p -> p.has("activation") && p.getString("activation").equals("linear"));
    }

    static TrainingArrays arrays(Dataset d, int outputs, TargetScaler targets) {
        float[] x = new float[d.size() * d.sampleSize()];
        for (int i = 0; i < d.size(); i++) {
            d.copySample(i, x, i * d.sampleSize());
        }
        float[] y = new float[d.size() * outputs];
        for (int i = 0; i < d.size(); i++) {
            if (!d.isClassification()) {
                for (int k = 0; k < outputs; k++) {
                    y[i * outputs + k] = targets.scale(d.value(i, k), k);
                }
            } else if (outputs == 1) {
                y[i] = d.classOf(i);
            } else {
                y[i * outputs + d.classOf(i)] = 1f;
            }
        }
        return new TrainingArrays(x, d.featureShape(), y, Shape.of(outputs), d.size());
    }

    public TrainingArrays train() {
        return train;
    }

    public Optional<TrainingArrays> validation() {
        return Optional.ofNullable(validation);
    }

    public Optional<TrainingArrays> test() {
        return Optional.ofNullable(test);
    }

    public boolean isClassification() {
        return targets == null;
    }

    public List<String> classNames() {
        return classNames;
    }

    /** How regression targets were scaled for the network (identity for an output that is not linear). */
    public Optional<TargetScaler> targets() {
        return Optional.ofNullable(targets);
    }

    /**
     * Loss and metrics of the network on {@code part} (one of this object's parts), on the inference path,
     * 512 samples at a time; the network's mode is restored afterwards.
     */
    public EvaluationReport evaluate(CompiledNetwork network, TrainingArrays part) {
        return evaluate(network, part, (from, prediction) -> { });
    }

    /** Receives each evaluated batch's predictions, {@code [rows, outputs]}, its first row being {@code from}. */
    @FunctionalInterface
    interface PredictionSink {
        void accept(int from, INDArray prediction);
    }

    /** As {@link #evaluate(CompiledNetwork, TrainingArrays)}, also handing each batch's predictions to {@code sink}. */
    EvaluationReport evaluate(CompiledNetwork network, TrainingArrays part, PredictionSink sink) {
        PartMetrics metrics = isClassification() ? PartMetrics.classification(classNames)
                : PartMetrics.regression(targets);
        Mode before = network.mode();
        network.setMode(Mode.INFERENCE);
        try {
            for (int from = 0; from < part.size(); from += EVAL_BATCH) {
                int count = Math.min(EVAL_BATCH, part.size() - from);
                var labels = network.cast(part.labelRange(from, count));
                var result = network.lossAndPrediction(network.cast(part.featureRange(from, count)), labels);
                metrics.add(labels, result.prediction(), result.loss());
                sink.accept(from, result.prediction());
            }
        } finally {
            network.setMode(before);
        }
        return metrics.report();
    }

    /** Frees the native copies of every part; the data must not be used afterwards. */
    public void close() {
        train.close();
        if (validation != null) {
            validation.close();
        }
        if (test != null) {
            test.close();
        }
    }
}
