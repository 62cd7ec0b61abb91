package org.perceptra.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.NameScope;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;

/** The state of one compilation: both paths' variables per node so far. */
final class GraphBuild {
    private final NetworkGraph graph;
    private final GraphAnalysis analysis;
    private final TrainingSettings settings;
    private final Precision precision;
    private final Map<String, LayerCompiler> compilers;
    private final SameDiff sd = SameDiff.create();
    private final BuildContext ctx;
    private final Map<NodeId, SDVariable> training = new HashMap<>();
    private final Map<NodeId, SDVariable> inference = new HashMap<>();
    private String inputName;
    private Shape inputShape;
    private Shape outputShape;
    private SDVariable trainLoss;
    private SDVariable inferLoss;

    GraphBuild(NetworkGraph graph, GraphAnalysis analysis, TrainingSettings settings, Precision precision,
               Map<String, LayerCompiler> compilers) {
        this.compilers = compilers;
        this.graph = graph;
        this.analysis = analysis;
        this.settings = settings;
        this.precision = precision;
        this.ctx = new BuildContext(sd, precision.dataType(), settings.seed(), graph.nodes().stream()
                .filter(LayerNode::frozen).map(LayerNode::id).collect(java.util.stream.Collectors.toSet()));
    }

    CompiledNetwork run() {
        List<NodeId> order = graph.topologicalOrder().orElseThrow(); // the validator refuses cycles
        SDVariable labels = null;
        for (NodeId id : order) {
            LayerNode node = graph.node(id);
            if (node.kind().id().equals(GraphCompiler.OUTPUT_KIND)) {
                outputShape = shape(id);
                labels = sd.placeHolder(GraphCompiler.LABELS, precision.dataType(),
                        CoreCompilers.batchShape(outputShape));
            }
            try {
                buildNode(node, labels);
            } catch (RuntimeException e) {
                throw CompileException.atNode(id, node.name(), e);
            }
        }
        SDVariable penalty = totalPenalty();
        boolean onePath = inferLoss == trainLoss;
        SDVariable loss = (penalty == null ? trainLoss : trainLoss.add(penalty)).rename(GraphCompiler.LOSS);
        if (!onePath) {
            (penalty == null ? inferLoss : inferLoss.add(penalty)).rename(GraphCompiler.LOSS_INFERENCE);
        }
        sd.setLossVariables(loss);
        List<String> trainable = ctx.stored().stream().filter(t -> t.role() == ParamRole.TRAINABLE)
                .map(BuildContext.StoredTensor::name).toList();
        FlatParameters flat = trainable.isEmpty() ? null : FlatParameters.pack(sd, trainable, precision.dataType());
        QuietStdout.run(sd::createGradFunction);
        NodeId out = order.stream().filter(i -> graph.node(i).kind().id().equals(GraphCompiler.OUTPUT_KIND))
                .findFirst().orElseThrow();
        CompiledNetwork.Names names = new CompiledNetwork.Names(inputName, GraphCompiler.LABELS, GraphCompiler.LOSS,
                onePath ? GraphCompiler.LOSS : GraphCompiler.LOSS_INFERENCE, training.get(out).name(),
                inference.get(out).name(), namesOf(training), namesOf(inference));
        return new CompiledNetwork(sd, graph, names, inputShape, outputShape, precision, ctx, settings, flat);
    }

    private void buildNode(LayerNode node, SDVariable labels) {
        NodeId id = node.id();
        String kind = node.kind().id();
        if (kind.equals(GraphCompiler.INPUT_KIND)) {
            inputShape = shape(id);
            inputName = id.value();
            SDVariable x = sd.placeHolder(inputName, precision.dataType(), CoreCompilers.batchShape(inputShape));
            training.put(id, x);
            inference.put(id, x);
            return;
        }
        List<NodeId> from = graph.inputsOf(id);
        List<SDVariable> trainIn = from.stream().map(training::get).toList();
        List<SDVariable> inferIn = from.stream().map(inference::get).toList();
        List<Shape> shapes = from.stream().map(this::shape).toList();
        boolean modeDependent = kind.equals(GraphCompiler.OUTPUT_KIND) ? false : compilers.get(kind).modeDependent();
        boolean separate = modeDependent || !trainIn.equals(inferIn);
        training.put(id, buildIn(id.value(), new LayerBuild(ctx, node, trainIn, shapes, shape(id), Mode.TRAINING),
                labels, true));
        inference.put(id, separate
                ? buildIn(id.value() + "/inference", new LayerBuild(ctx, node, inferIn, shapes, shape(id),
                Mode.INFERENCE), labels, false)
                : training.get(id));
        if (kind.equals(GraphCompiler.OUTPUT_KIND) && !separate) {
            inferLoss = trainLoss;
        }
    }

    private SDVariable buildIn(String scope, LayerBuild b, SDVariable labels, boolean trainingPath) {
        NameScope ns = sd.withNameScope(scope);
        try {
            if (!b.node().kind().id().equals(GraphCompiler.OUTPUT_KIND)) {
                return compilers.get(b.node().kind().id()).build(b);
            }
            OutputCompiler.Head head = OutputCompiler.build(b, labels);
            if (trainingPath) {
                trainLoss = head.loss();
            } else {
                inferLoss = head.loss();
            }
            return head.prediction();
        } finally {
            ns.close();
        }
    }

    private static Map<NodeId, String> namesOf(Map<NodeId, SDVariable> vars) {
        Map<NodeId, String> out = new HashMap<>();
        vars.forEach((id, v) -> out.put(id, v.name()));
        return out;
    }

    private SDVariable totalPenalty() {
        List<SDVariable> all = new ArrayList<>(ctx.penalties());
        if (all.isEmpty()) {
            return null;
        }
        SDVariable sum = all.get(0);
        for (SDVariable p : all.subList(1, all.size())) {
            sum = sum.add(p);
        }
        return sum;
    }

    private Shape shape(NodeId id) {
        return analysis.node(id).orElseThrow().output();
    }
}
