package org.perceptra.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;

/**
 * A network ready to train, one minibatch at a time, on the caller's thread. Inputs and labels are flat
 * {@code float[]} arrays of {@code batch} samples laid out row-major in the shapes of the Input and Output
 * nodes; parameters leave as copies, never as live ND4J arrays. Not thread-safe for training, but
 * {@link #predict} may run on another thread while a step runs (it may then see half-updated weights).
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

    private static final Pattern SCOPED = Pattern.compile("([A-Za-z_][A-Za-z0-9_.\\-]*)/");
    private static final Pattern OP_NAME = Pattern.compile("with name (\\S+)");

    private final SameDiff sd;
    private final NetworkGraph graph;
    private final Names names;
    private final Shape inputShape;
    private final Shape outputShape;
    private final Precision precision;
    private final Map<String, BuildContext.StoredTensor> stored = new LinkedHashMap<>();
    private final List<String> trainable = new ArrayList<>();
    private final List<BuildContext.StatisticUpdate> statistics;
    private final TrainingStep step;
    private volatile Mode mode = Mode.INFERENCE;

    CompiledNetwork(SameDiff sd, NetworkGraph graph, Names names, Shape inputShape, Shape outputShape,
                    Precision precision, BuildContext ctx, TrainingSettings settings) {
        this.sd = sd;
        this.graph = graph;
        this.names = names;
        this.inputShape = inputShape;
        this.outputShape = outputShape;
        this.precision = precision;
        this.statistics = ctx.statisticUpdates();
        Map<String, INDArray> params = new LinkedHashMap<>();
        for (BuildContext.StoredTensor t : ctx.stored()) {
            stored.put(t.name(), t);
            if (t.role() == ParamRole.TRAINABLE) {
                trainable.add(t.name());
                params.put(t.name(), array(t.name()));
            }
        }
        this.step = new TrainingStep(settings, params);
        // Dropout masks come from ND4J's global generator: seeding it here makes a run repeatable.
        Nd4j.getRandom().setSeed(settings.seed());
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

    double fitBatch(INDArray x, INDArray y) {
        List<String> outputs = new ArrayList<>(List.of(names.loss()));
        statistics.forEach(s -> outputs.add(s.batchValue()));
        OutAndGrad result = run(() -> sd.calculateGradientsAndOutputs(placeholders(x, y), outputs, trainable));
        double loss = result.getOutputs().get(names.loss()).getDouble(0);
        if (!Double.isFinite(loss)) {
            return loss;
        }
        step.apply(new HashMap<>(result.getGradients()));
        for (BuildContext.StatisticUpdate s : statistics) {
            INDArray running = array(s.running());
            INDArray batchValue = result.getOutputs().get(s.batchValue()).reshape(running.shape());
            running.muli(s.momentum()).addi(batchValue.mul(1.0 - s.momentum()));
        }
        return loss;
    }

    /** The network's answer for each sample: probabilities or values, {@code batch} times the output size. */
    public float[] predict(float[] x, int batch) {
        return toFloats(predict(batchOf(x, inputShape, batch, "inputs")));
    }

    INDArray predict(INDArray x) {
        String out = mode == Mode.TRAINING ? names.prediction() : names.predictionInference();
        return run(() -> sd.output(Map.of(names.input(), x), out).get(out));
    }

    /** The loss on this batch in the current {@link #mode}, penalties included, without learning from it. */
    public double loss(float[] x, float[] y, int batch) {
        return loss(batchOf(x, inputShape, batch, "inputs"), batchOf(y, outputShape, batch, "labels"));
    }

    double loss(INDArray x, INDArray y) {
        String loss = mode == Mode.TRAINING ? names.loss() : names.lossInference();
        return run(() -> sd.output(placeholders(x, y), loss).get(loss)).getDouble(0);
    }

    /** Every node's output for these inputs on the given path, by node (tests compare shapes with these). */
    Map<NodeId, INDArray> nodeOutputs(INDArray x, Mode path) {
        Map<NodeId, String> byNode = path == Mode.TRAINING ? names.nodes() : names.nodesInference();
        Map<String, INDArray> out = run(() -> sd.output(Map.of(names.input(), x), new ArrayList<>(byNode.values())));
        Map<NodeId, INDArray> result = new LinkedHashMap<>();
        byNode.forEach((id, name) -> result.put(id, out.get(name)));
        return result;
    }

    /**
     * The training loss as the gradient function computes it. SameDiff's gradient function is a copy of the
     * graph whose random ops draw differently from the forward graph's under the same seed, so gradient
     * checks with Dropout compare against this one.
     */
    double trainingLoss(INDArray x, INDArray y) {
        return run(() -> sd.calculateGradientsAndOutputs(placeholders(x, y), List.of(names.loss()), null))
                .getOutputs().get(names.loss()).getDouble(0);
    }

    /** Gradients of the training loss, keyed by parameter name, without applying them. */
    Map<String, INDArray> gradients(INDArray x, INDArray y) {
        return run(() -> sd.calculateGradients(placeholders(x, y), trainable));
    }

    /** Copies of every stored tensor (weights, biases, BatchNorm statistics), by name, row-major. */
    public Map<String, float[]> parameters() {
        Map<String, float[]> out = new LinkedHashMap<>();
        stored.keySet().forEach(name -> out.put(name, toFloats(array(name))));
        return out;
    }

    /** The shape of each stored tensor, by name. */
    public Map<String, long[]> parameterShapes() {
        Map<String, long[]> out = new LinkedHashMap<>();
        stored.keySet().forEach(name -> out.put(name, array(name).shape()));
        return out;
    }

    /** Names of the tensors learned by gradient descent (the others are statistics). */
    public List<String> trainableParameters() {
        return List.copyOf(trainable);
    }

    /** Overwrites the named tensors (restoring best weights, loading a trained project). */
    public void setParameters(Map<String, float[]> values) {
        values.forEach((name, v) -> {
            INDArray target = array(name);
            if (target == null || v.length != target.length()) {
                throw new IllegalArgumentException("no parameter '" + name + "' with " + v.length + " values");
            }
            target.assign(Nd4j.createFromArray(v).reshape(target.shape()).castTo(target.dataType()));
        });
    }

    /** The node a SameDiff name (a tensor, an op, or a message quoting one) belongs to. */
    public Optional<NodeId> nodeOf(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.equals(names.input())) {
            return Optional.of(NodeId.of(names.input()));
        }
        Matcher m = SCOPED.matcher(name);
        while (m.find()) {
            if (NodeId.isValid(m.group(1)) && graph.contains(NodeId.of(m.group(1)))) {
                return Optional.of(NodeId.of(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /**
     * Backward ops ({@code conv2d_bp}) carry no scope in their names; their inputs do, so a failed op is
     * traced to the node of its first scoped input.
     */
    private Optional<NodeId> nodeOfFailedOp(String message) {
        Matcher m = OP_NAME.matcher(message == null ? "" : message);
        if (!m.find()) {
            return Optional.empty();
        }
        for (SameDiff graphFn : new SameDiff[] {sd, sd.getFunction("grad")}) {
            if (graphFn != null && graphFn.getOps().containsKey(m.group(1))) {
                for (String input : graphFn.getOps().get(m.group(1)).getInputsToOp()) {
                    Optional<NodeId> node = nodeOf(input);
                    if (node.isPresent()) {
                        return node;
                    }
                }
            }
        }
        return Optional.empty();
    }

    public Mode mode() {
        return mode;
    }

    /** Chooses the path {@link #predict} and {@link #loss} use; {@link #fitBatch} always trains. */
    public void setMode(Mode mode) {
        this.mode = mode;
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

    /** Training steps taken so far. */
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

    INDArray array(String name) {
        return sd.getVariable(name).getArr();
    }

    SameDiff sameDiff() {
        return sd;
    }

    Names names() {
        return names;
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
        INDArray a = Nd4j.create(values, dims, 'c');
        return a.dataType() == precision.dataType() ? a : a.castTo(precision.dataType());
    }

    private Map<String, INDArray> placeholders(INDArray x, INDArray y) {
        return Map.of(names.input(), x, names.labels(), y);
    }

    private static float[] toFloats(INDArray a) {
        return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    /** Runs an ND4J call, turning its failure into one that names the layer when the message allows. */
    private <T> T run(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            Optional<NodeId> node = Optional.empty();
            for (Throwable t = e; t != null && node.isEmpty(); t = t.getCause()) {
                String message = t.getMessage();
                node = nodeOf(message).or(() -> nodeOfFailedOp(message));
            }
            String where = node.map(id -> "Layer '" + graph.find(id).map(LayerNode::name).orElse(id.value()) + "'")
                    .orElse("The network");
            throw new EngineException(where + " failed: " + e.getMessage(), node.orElse(null), e);
        }
    }
}
