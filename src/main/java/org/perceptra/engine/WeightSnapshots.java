package org.perceptra.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
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
    private final int[] probeRows;
    private final List<LayerNode> nodes = new ArrayList<>();
    private final Map<NodeId, List<String>> weightNames = new LinkedHashMap<>();
    private final Map<NodeId, List<String>> biasNames = new LinkedHashMap<>();
    private final GraphAnalysis analysis;
    private Map<String, float[]> before;
    private int preparedAt = -1;
    // Arrays written again at every snapshot: fresh ones each time cost page faults on the training thread.
    private final INDArray probeInputs;
    private Map<String, float[]> spareBefore = Map.of();
    private Map<String, float[]> spareAfter = Map.of();
    private Map<NodeId, float[]> spareActivations = Map.of();
    private final Map<NodeId, float[][]> scratch = new HashMap<>();

    /** @param probeSize how many samples of {@code probe} (spread over it evenly) feed the activations */
    WeightSnapshots(CompiledNetwork network, TrainingArrays probe, int probeSize) {
        this.network = network;
        this.probeRows = spreadRows(probe.size(), probeSize);
        this.probeInputs = probeRows.length == 0 ? null : network.cast(probe.features(probeRows));
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
        before = network.parameters(spareBefore);
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
        Map<String, float[]> after = network.parameters(spareAfter);
        Map<String, float[]> gradients = stepSeen ? network.lastGradients() : Map.of();
        Map<NodeId, float[]> activations = probeInputs == null ? Map.of()
                : network.activations(probeInputs, spareActivations);
        List<TrainingEvent.LayerStats> layers = new ArrayList<>();
        for (LayerNode node : nodes) {
            layers.add(stats(node, after, stepSeen ? before : null, gradients, activations.get(node.id())));
        }
        if (before != null) {
            spareBefore = before;
        }
        spareAfter = after;
        spareActivations = activations;
        before = null;
        return new TrainingEvent.WeightSnapshot(iteration, layers);
    }

    private TrainingEvent.LayerStats stats(LayerNode node, Map<String, float[]> after, Map<String, float[]> previous,
                                           Map<String, float[]> gradients, float[] activations) {
        List<String> all = new ArrayList<>(weightNames.get(node.id()));
        all.addAll(biasNames.get(node.id()));
        float[][] buffers = scratch.computeIfAbsent(node.id(), id -> new float[Slot.values().length][]);
        float[] now = joined(buffers, Slot.NOW, pick(after, all));
        float[] update = new float[0];
        double ratio = Double.NaN;
        // A frozen layer has no update to measure; a ratio of 0 would read as "stopped learning" (vanishing).
        if (previous != null && !all.isEmpty() && !node.frozen()) {
            float[] then = joined(buffers, Slot.THEN, pick(previous, all));
            update = LayerStatistics.difference(now, then, buffers[Slot.UPDATE.ordinal()]);
            buffers[Slot.UPDATE.ordinal()] = update;
            ratio = LayerStatistics.updateRatio(update, then);
        }
        float[] grads = joined(buffers, Slot.GRADIENTS, pick(gradients, all));
        double[] meanStd = activations == null ? new double[] {Double.NaN, Double.NaN}
                : LayerStatistics.meanAndStd(activations);
        return new TrainingEvent.LayerStats(node.id().value(),
                Histogram.of(joined(buffers, Slot.WEIGHTS, pick(after, weightNames.get(node.id()))), BINS),
                Histogram.of(joined(buffers, Slot.BIASES, pick(after, biasNames.get(node.id()))), BINS),
                Histogram.of(grads, BINS), Histogram.of(update, BINS), ratio, meanStd[0], meanStd[1],
                deadFraction(node, activations));
    }

    /** A node's scratch arrays, one per joined set of its tensors. */
    private enum Slot { NOW, THEN, UPDATE, GRADIENTS, WEIGHTS, BIASES }

    private static float[] joined(float[][] buffers, Slot slot, List<float[]> parts) {
        float[] out = LayerStatistics.concat(parts, buffers[slot.ordinal()]);
        if (parts.size() != 1) { // a single part is returned itself, and is not ours to write into
            buffers[slot.ordinal()] = out;
        }
        return out;
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
