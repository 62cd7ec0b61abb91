package org.perceptra.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perceptra.engine.session.Histogram;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.model.Shape;
import org.perceptra.model.Validator;

/**
 * Per-layer health of a training network, one {@link TrainingEvent.WeightSnapshot} at a time. A snapshot
 * describes one step: {@link #prepare} before it keeps the weights and turns on gradient recording, and
 * {@link #take} after it compares. Activations come from a fixed probe batch of training samples on the
 * inference path, so taking a snapshot draws no dropout mask and leaves training exactly as it was.
 *
 * <p>Per node: "weights" are every learned tensor except the biases (for BatchNorm, gamma is a weight and
 * beta a bias, as PyTorch names them); gradients and updates cover all of the node's learned tensors. A node
 * without parameters (Flatten, an Activation layer) gets empty histograms and a NaN ratio; a node whose
 * activation is not ReLU gets a NaN dead fraction (it does not apply).
 */
final class WeightSnapshots {
    static final int BINS = 32;

    private final CompiledNetwork network;
    private final TrainingArrays probe;
    private final int[] probeRows;
    private final List<LayerNode> nodes = new ArrayList<>();
    private final Map<NodeId, List<String>> weightNames = new LinkedHashMap<>();
    private final Map<NodeId, List<String>> biasNames = new LinkedHashMap<>();
    private final GraphAnalysis analysis;
    private Map<String, float[]> before;
    private int preparedAt = -1;

    /** @param probeSize how many samples of {@code probe} (spread over it evenly) feed the activations */
    WeightSnapshots(CompiledNetwork network, TrainingArrays probe, int probeSize) {
        this.network = network;
        this.probe = probe;
        this.probeRows = spreadRows(probe.size(), probeSize);
        this.analysis = Validator.analyze(network.graph());
        List<NodeId> order = network.graph().topologicalOrder().orElse(List.copyOf(network.graph().nodeIds()));
        for (NodeId id : order) {
            LayerNode node = network.graph().node(id);
            if (!node.kind().id().equals(GraphCompiler.INPUT_KIND)) {
                nodes.add(node);
                weightNames.put(id, new ArrayList<>());
                biasNames.put(id, new ArrayList<>());
            }
        }
        for (String name : network.learnedParameters()) { // frozen layers' weights show too, unchanging
            network.nodeOf(name).filter(weightNames::containsKey).ifPresent(id ->
                    (isBias(name) ? biasNames : weightNames).get(id).add(name));
        }
    }

    /** {@code count} row indices spread evenly over {@code size} rows (all of them when fewer). */
    static int[] spreadRows(int size, int count) {
        int n = Math.min(size, count);
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = (int) ((long) i * size / n);
        }
        return rows;
    }

    /** Bias-like tensors: {@code b}, attention's {@code bq}..., BatchNorm's {@code beta}. */
    static boolean isBias(String parameter) {
        return parameter.substring(parameter.lastIndexOf('/') + 1).startsWith("b");
    }

    /** Before the step to describe: keep the weights, and that step's gradients. */
    void prepare() {
        before = network.parameters();
        preparedAt = network.iteration();
        network.setRecordGradients(true);
    }

    /**
     * The snapshot after the prepared step. Without a prepared step just before (or after a skipped one),
     * gradient and update histograms are empty and the ratio NaN, but weights and activations still show.
     */
    TrainingEvent.WeightSnapshot take(long iteration) {
        network.setRecordGradients(false);
        boolean stepSeen = before != null && network.iteration() == preparedAt + 1;
        Map<String, float[]> after = network.parameters();
        Map<String, float[]> gradients = stepSeen ? network.lastGradients() : Map.of();
        Map<NodeId, float[]> activations = probeRows.length == 0 ? Map.of() : network.activations(probe, probeRows);
        List<TrainingEvent.LayerStats> layers = new ArrayList<>();
        for (LayerNode node : nodes) {
            layers.add(stats(node, after, stepSeen ? before : null, gradients, activations.get(node.id())));
        }
        before = null;
        return new TrainingEvent.WeightSnapshot(iteration, layers);
    }

    private TrainingEvent.LayerStats stats(LayerNode node, Map<String, float[]> after, Map<String, float[]> previous,
                                           Map<String, float[]> gradients, float[] activations) {
        List<String> all = new ArrayList<>(weightNames.get(node.id()));
        all.addAll(biasNames.get(node.id()));
        float[] now = LayerStatistics.concat(pick(after, all));
        float[] update = new float[0];
        double ratio = Double.NaN;
        // A frozen layer has no update to measure; a ratio of 0 would read as "stopped learning" (vanishing).
        if (previous != null && !all.isEmpty() && !node.frozen()) {
            float[] then = LayerStatistics.concat(pick(previous, all));
            update = LayerStatistics.difference(now, then);
            ratio = LayerStatistics.updateRatio(update, then);
        }
        float[] grads = LayerStatistics.concat(pick(gradients, all));
        double[] meanStd = activations == null ? new double[] {Double.NaN, Double.NaN}
                : LayerStatistics.meanAndStd(activations);
        return new TrainingEvent.LayerStats(node.id().value(),
                Histogram.of(LayerStatistics.concat(pick(after, weightNames.get(node.id()))), BINS),
                Histogram.of(LayerStatistics.concat(pick(after, biasNames.get(node.id()))), BINS),
                Histogram.of(grads, BINS), Histogram.of(update, BINS), ratio, meanStd[0], meanStd[1],
                deadFraction(node, activations));
    }

    private static List<float[]> pick(Map<String, float[]> values, List<String> names) {
        List<float[]> out = new ArrayList<>();
        for (String n : names) {
            float[] v = values.get(n);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** For ReLU layers: units silent on the whole probe batch; a unit is a channel of an image output. */
    private double deadFraction(LayerNode node, float[] activations) {
        boolean relu = node.params().has("activation") && "relu".equals(node.params().getString("activation"));
        if (!relu || activations == null || probeRows.length == 0) {
            return Double.NaN;
        }
        Shape shape = analysis.node(node.id()).orElseThrow().output();
        boolean image = shape.rank() == 3;
        int units = image ? shape.dim(0) : shape.last();
        int inner = image ? shape.dim(1) * shape.dim(2) : 1;
        return LayerStatistics.deadFraction(activations, probeRows.length, units, inner);
    }
}
