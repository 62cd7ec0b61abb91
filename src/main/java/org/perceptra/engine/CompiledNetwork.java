package org.perceptra.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;

/**
 * A network ready to train, one minibatch at a time, on the caller's thread. Inputs and labels are flat
 * {@code float[]} arrays of {@code batch} samples laid out row-major in the shapes of the Input and Output
 * nodes (or rows of a {@link TrainingArrays}); parameters leave as copies, never as live ND4J arrays. Not
 * thread-safe for training, but {@link #predict} may run on another thread while a step runs (it may then
 * see half-updated weights).
 */
public final class CompiledNetwork {
    /** The SameDiff names of the placeholders and results on each path, and of each node's output. */
    record Names(String input, String labels, String loss, String lossInference, String prediction,
                 String predictionInference, Map<NodeId, String> nodes, Map<NodeId, String> nodesInference) {
        Names {
            nodes = Map.copyOf(nodes);
            nodesInference = Map.copyOf(nodesInference);
        }
    }

    private final SameDiff sd;
    private final NetworkGraph graph;
    private final Names names;
    private final Shape inputShape;
    private final Shape outputShape;
    private final Precision precision;
    private final List<String> storedNames = new ArrayList<>();
    private final List<String> trainable = new ArrayList<>();
    /** Learned tensors of frozen nodes: stored and shown, never updated. */
    private final List<String> frozen = new ArrayList<>();
    /** What each training step reads back besides gradients: the loss, then BatchNorm's batch statistics. */
    private final List<String> stepOutputs = new ArrayList<>();
    private final List<BuildContext.StatisticUpdate> statistics;
    private final DropoutMasks masks;
    private final ErrorLocator errors;
    private final GraphRunner runner;
    private final TrainingStep step;
    private volatile Mode mode = Mode.INFERENCE;
    private boolean recordGradients;
    private Map<String, float[]> lastGradients = Map.of();
    private OpTimes times;

    /** @param flat the trainable tensors packed into one vector, or null when there are none */
    CompiledNetwork(SameDiff sd, NetworkGraph graph, Names names, Shape inputShape, Shape outputShape,
                    Precision precision, BuildContext ctx, TrainingSettings settings, FlatParameters flat) {
        this.sd = sd;
        this.graph = graph;
        this.names = names;
        this.inputShape = inputShape;
        this.outputShape = outputShape;
        this.precision = precision;
        this.statistics = ctx.statisticUpdates();
        Map<String, INDArray> params = new LinkedHashMap<>();
        for (BuildContext.StoredTensor t : ctx.stored()) {
            storedNames.add(t.name());
            if (t.role() == ParamRole.TRAINABLE) {
                trainable.add(t.name());
                params.put(t.name(), array(t.name()));
            } else if (t.role() == ParamRole.FROZEN) {
                frozen.add(t.name());
            }
        }
        List<String> withGradient = trainable.stream().filter(n -> sd.getVariable(n).getGradient() != null).toList();
        // One update over the whole vector needs every tensor to have a gradient (a dead-end branch has none,
        // and its tensors must then stay as they are, whatever the weight decay says).
        FlatParameters flatUpdate = flat != null && withGradient.size() == trainable.size() ? flat : null;
        this.step = new TrainingStep(settings, params, flatUpdate);
        this.masks = new DropoutMasks(ctx.dropoutSites(), precision.dataType(), settings.seed());
        this.errors = new ErrorLocator(sd, graph, names.input());
        this.runner = new GraphRunner(sd, names, masks, errors, flatUpdate == null ? Map.of() : flat.gradientViews());
        stepOutputs.add(names.loss());
        statistics.forEach(s -> stepOutputs.add(s.batchValue()));
    }

    /**
     * One step of gradient descent on this minibatch (always on the training path, whatever {@link #mode}).
     *
     * @return the loss before the step, penalties included; when it is not finite the step is skipped so
     *         the weights stay as they were, and the caller decides what to tell the student
     */
    public double fitBatch(float[] x, float[] y, int batch) {
        return fitBatch(batchOf(x, inputShape, batch, "inputs"), batchOf(y, outputShape, batch, "labels"));
    }

    /** One step on these rows of the dataset (see {@link #fitBatch(float[], float[], int)}). */
    public double fitBatch(TrainingArrays data, int[] rows) {
        return fitBatch(Batch.rows(data, rows, precision.dataType()));
    }

    double fitBatch(INDArray x, INDArray y) {
        return fitBatch(Batch.of(x, y));
    }

    private double fitBatch(Batch batch) {
        OutAndGrad result = runner.step(batch, stepOutputs, trainable);
        double loss = result.getOutputs().get(names.loss()).getDouble(0);
        if (!Double.isFinite(loss)) {
            return loss;
        }
        if (recordGradients) {
            Map<String, float[]> copies = new LinkedHashMap<>();
            Map<String, float[]> previous = lastGradients; // its arrays are written again: no fresh memory each time
            trainable.forEach(name -> copies.put(name,
                    FloatCopies.of(result.getGradients().get(name), previous.get(name))));
            lastGradients = copies;
        }
        long start = System.nanoTime();
        step.apply(new HashMap<>(result.getGradients()));
        for (BuildContext.StatisticUpdate s : statistics) {
            INDArray running = array(s.running());
            INDArray batchValue = result.getOutputs().get(s.batchValue()).reshape(running.shape());
            running.muli(s.momentum()).addi(batchValue.mul(1.0 - s.momentum()));
        }
        if (times != null) {
            times.add("(optimiser and statistics)", System.nanoTime() - start);
        }
        return loss;
    }

    /**
     * Collects where training steps spend their time (each op kind of the graph, the optimiser) into
     * {@code t}, for benchmarks; null stops. Timing every op costs a little itself.
     */
    public void profile(OpTimes t) {
        this.times = t;
        runner.profile(t);
    }

    /** The network's answer for each sample: probabilities or values, {@code batch} times the output size. */
    public float[] predict(float[] x, int batch) {
        return toFloats(predict(batchOf(x, inputShape, batch, "inputs")));
    }

    /** Predictions for these rows of the dataset, as {@link #predict(float[], int)}. */
    public float[] predict(TrainingArrays data, int[] rows) {
        return toFloats(predict(cast(data.features(rows))));
    }

    INDArray predict(INDArray x) {
        String out = mode == Mode.TRAINING ? names.prediction() : names.predictionInference();
        return runner.output(x, null, mode, List.of(out)).get(out);
    }

    /** The loss on this batch in the current {@link #mode}, penalties included, without learning from it. */
    public double loss(float[] x, float[] y, int batch) {
        return loss(batchOf(x, inputShape, batch, "inputs"), batchOf(y, outputShape, batch, "labels"));
    }

    /** The loss on these rows of the dataset, as {@link #loss(float[], float[], int)}. */
    public double loss(TrainingArrays data, int[] rows) {
        return loss(cast(data.features(rows)), cast(data.labels(rows)));
    }

    double loss(INDArray x, INDArray y) {
        String loss = mode == Mode.TRAINING ? names.loss() : names.lossInference();
        return runner.output(x, y, mode, List.of(loss)).get(loss).getDouble(0);
    }

    /** The loss (as {@link #loss(INDArray, INDArray)}) and the predictions of one batch, from one forward pass. */
    LossAndPrediction lossAndPrediction(INDArray x, INDArray y) {
        String loss = mode == Mode.TRAINING ? names.loss() : names.lossInference();
        String out = mode == Mode.TRAINING ? names.prediction() : names.predictionInference();
        Map<String, INDArray> result = runner.output(x, y, mode, List.of(loss, out));
        return new LossAndPrediction(result.get(loss).getDouble(0), result.get(out));
    }

    record LossAndPrediction(double loss, INDArray prediction) {
    }

    /** Every node's output for these inputs on the given path, by node (tests compare shapes with these). */
    Map<NodeId, INDArray> nodeOutputs(INDArray x, Mode path) {
        Map<NodeId, String> byNode = path == Mode.TRAINING ? names.nodes() : names.nodesInference();
        Map<String, INDArray> out = runner.output(x, null, path, new ArrayList<>(byNode.values()));
        Map<NodeId, INDArray> result = new LinkedHashMap<>();
        byNode.forEach((id, name) -> result.put(id, out.get(name)));
        return result;
    }

    /**
     * Each node's output for these rows on the inference path, as copies by node id (activation statistics
     * and dead-ReLU counts for weight snapshots).
     */
    public Map<NodeId, float[]> activations(TrainingArrays data, int[] rows) {
        return activations(cast(data.features(rows)), Map.of());
    }

    /** As {@link #activations(TrainingArrays, int[])} for these inputs, writing into {@code reuse}'s arrays. */
    Map<NodeId, float[]> activations(INDArray inputs, Map<NodeId, float[]> reuse) {
        Map<NodeId, float[]> out = new LinkedHashMap<>();
        nodeOutputs(inputs, Mode.INFERENCE).forEach((id, a) -> out.put(id, FloatCopies.of(a, reuse.get(id))));
        return out;
    }

    /**
     * Whether {@link #fitBatch} keeps a copy of its gradients (before clipping) for {@link #lastGradients}.
     * Off by default: the copy costs time on every step, so a session turns it on just before the step
     * whose gradients it wants to show.
     */
    public void setRecordGradients(boolean record) {
        this.recordGradients = record;
    }

    /** The gradients of the last step taken while recording, by parameter name; empty before that. */
    public Map<String, float[]> lastGradients() {
        return lastGradients;
    }

    /** Whether training steps run through an {@link OpPlan} (tests check that every kind allows one). */
    boolean planned() {
        return runner.planned();
    }

    /** What the planned step for this batch size runs, op by op, for tests. */
    List<String> plannedSteps(long batchSize) {
        return runner.plannedSteps(batchSize);
    }

    /** Whether some inference ran through an {@link OpPlan}, for tests. */
    boolean inferencePlanned() {
        return runner.inferencePlanned();
    }

    /** Turns {@link OpPlan}s off (every step through SameDiff's executor) or back on, for tests. */
    void usePlans(boolean use) {
        runner.usePlans(use);
    }

    /** Gradients of the training loss, keyed by parameter name, without applying them (SameDiff's executor). */
    Map<String, INDArray> gradients(INDArray x, INDArray y) {
        return runner.train(x, y, List.of(names.loss()), trainable).getGradients();
    }

    /** Copies of the optimiser's state (see {@link TrainingStep#saveState}). */
    Map<String, Map<String, INDArray>> optimizerState() {
        return step.saveState();
    }

    /** Puts the optimiser's state back with the count of optimiser steps taken before it. */
    void restoreOptimizerState(Map<String, Map<String, INDArray>> saved, int stepsTaken) {
        step.restoreState(saved, stepsTaken);
    }

    /** The dropout masks' generator state (two words). */
    long[] dropoutRandomState() {
        return masks.randomState();
    }

    void restoreDropoutRandomState(long[] state) {
        masks.restoreRandomState(state[0], state[1]);
    }

    /** Restarts the dropout masks' generator, so that the next draws repeat (gradient checks need this). */
    void reseedDropout(long seed) {
        masks.reseed(seed);
    }

    /** Copies of every stored tensor (weights, biases, BatchNorm statistics), by name, row-major. */
    public Map<String, float[]> parameters() {
        return parameters(Map.of());
    }

    /** As {@link #parameters()}, writing each tensor into its array in {@code reuse} when that has its length. */
    Map<String, float[]> parameters(Map<String, float[]> reuse) {
        Map<String, float[]> out = new LinkedHashMap<>();
        storedNames.forEach(name -> out.put(name, FloatCopies.of(array(name), reuse.get(name))));
        return out;
    }

    /** The L2 norm of each stored tensor, by name, computed where it lives: one reduction each, no copy. */
    public Map<String, Double> parameterNorms() {
        Map<String, Double> out = new LinkedHashMap<>();
        storedNames.forEach(name -> out.put(name, array(name).norm2Number().doubleValue()));
        return out;
    }

    /** The shape of each stored tensor, by name. */
    public Map<String, long[]> parameterShapes() {
        Map<String, long[]> out = new LinkedHashMap<>();
        storedNames.forEach(name -> out.put(name, array(name).shape()));
        return out;
    }

    /** Names of the tensors learned by gradient descent now (not statistics, not frozen layers' weights). */
    public List<String> trainableParameters() {
        return List.copyOf(trainable);
    }

    /** Names of the frozen layers' learned tensors: kept as they are while the others train. */
    public List<String> frozenParameters() {
        return List.copyOf(frozen);
    }

    /** Names of every learned tensor, training or frozen (weights and biases, not statistics). */
    public List<String> learnedParameters() {
        List<String> all = new ArrayList<>(trainable);
        all.addAll(frozen);
        return all;
    }

    /** Overwrites the named tensors (restoring best weights, loading a trained project). */
    public void setParameters(Map<String, float[]> values) {
        values.forEach((name, v) -> {
            if (!storedNames.contains(name) || v.length != array(name).length()) {
                throw new IllegalArgumentException("no parameter '" + name + "' with " + v.length + " values");
            }
            INDArray target = array(name);
            target.assign(Nd4j.createFromArray(v).reshape(target.shape()).castTo(target.dataType()));
        });
    }

    /** The node a SameDiff name (a tensor, an op, or a message quoting one) belongs to. */
    public Optional<NodeId> nodeOf(String name) {
        return errors.nodeOf(name);
    }

    public Mode mode() {
        return mode;
    }

    /** Chooses the path {@link #predict} and {@link #loss} use; {@link #fitBatch} always trains. */
    public void setMode(Mode mode) {
        this.mode = mode;
    }

    /** The graph this network was compiled from (layer kinds and settings by node). */
    public NetworkGraph graph() {
        return graph;
    }

    public Shape inputShape() {
        return inputShape;
    }

    public Shape outputShape() {
        return outputShape;
    }

    public Precision precision() {
        return precision;
    }

    /** Training steps taken so far (skipped steps with a non-finite loss not counted). */
    public int iteration() {
        return step.iteration();
    }

    public double learningRate() {
        return step.learningRate();
    }

    /** The rate used from the next step on (a schedule calls this between steps). */
    public void setLearningRate(double lr) {
        step.setLearningRate(lr);
    }

    public double weightDecay() {
        return step.weightDecay();
    }

    /** The weight decay used from the next step on (a change while paused). */
    public void setWeightDecay(double decay) {
        step.setWeightDecay(decay);
    }

    /** The rate of each dropout layer, in graph order; empty without dropout. */
    public List<Double> dropoutRates() {
        return masks.rates();
    }

    /** Every dropout layer drops this share of units from the next training step on (a change while paused). */
    public void setDropoutRate(double rate) {
        if (rate < 0 || rate >= 1) {
            throw new IllegalArgumentException("a dropout rate must be in [0, 1), not " + rate);
        }
        masks.setRate(rate);
    }

    INDArray array(String name) {
        return sd.getVariable(name).getArr();
    }

    SameDiff sameDiff() {
        return sd;
    }

    /** {@code values} as a [batch, ...shape] array in this network's number type, checking the length. */
    INDArray batchOf(float[] values, Shape shape, int batch, String what) {
        long expected = batch * shape.size();
        if (batch < 1 || values.length != expected) {
            throw new IllegalArgumentException(what + " hold " + values.length + " numbers, but " + batch
                    + " samples of " + shape + " need " + expected);
        }
        long[] dims = CoreCompilers.batchShape(shape);
        dims[0] = batch;
        return cast(Nd4j.create(values, dims, 'c'));
    }

    INDArray cast(INDArray a) {
        return a.dataType() == precision.dataType() ? a : a.castTo(precision.dataType());
    }

    private static float[] toFloats(INDArray a) {
        return FloatCopies.of(a, null);
    }
}
