package org.perceptra.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.NameScope;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.Validator;

/**
 * Compiles a validated graph into one SameDiff graph with two paths that share every weight: a training path
 * (Dropout active, BatchNorm on batch statistics) ending in the loss, and an inference path. Nodes whose
 * behaviour does not depend on the mode, and whose inputs do not either, are built once and serve both; so a
 * network without Dropout or BatchNorm has a single path. SameDiff only runs the ops an output needs, so the
 * unused path costs nothing.
 *
 * <p>Names: the input placeholder is named after the Input node, the labels placeholder {@code labels}, the
 * losses {@code loss} and {@code loss_inference}. Every other op and tensor is named {@code nodeId/...}
 * ({@code dense_1/W}, {@code dense_1/inference/...}), so {@link CompiledNetwork#nodeOf} maps any name back.
 */
public final class GraphCompiler {
    static final String LABELS = "labels";
    static final String LOSS = "loss";
    static final String LOSS_INFERENCE = "loss_inference";
    private static final String INPUT_KIND = "Input";
    private static final String OUTPUT_KIND = "Output";

    private static final Map<String, LayerCompiler> COMPILERS = new HashMap<>();

    static {
        CoreCompilers.register(COMPILERS);
        MergeCompilers.register(COMPILERS);
        ConvolutionCompilers.register(COMPILERS);
        NormalizationCompilers.register(COMPILERS);
        RecurrentCompilers.register(COMPILERS);
        AttentionCompilers.register(COMPILERS);
    }

    private GraphCompiler() {
    }

    /** Whether this engine can build the kind. */
    public static boolean supports(LayerKind kind) {
        return kind.id().equals(INPUT_KIND) || kind.id().equals(OUTPUT_KIND) || COMPILERS.containsKey(kind.id());
    }

    /** Compiles for training in 32-bit floats. */
    public static CompiledNetwork compile(NetworkGraph graph, TrainingSettings settings) {
        return compile(graph, settings, Precision.FLOAT32);
    }

    /**
     * @throws CompileException when the validator reports errors (all of them, in the message), a kind is not
     *                          supported, or ND4J refuses to build a node (named)
     * @throws IllegalArgumentException when the training settings are out of range
     */
    public static CompiledNetwork compile(NetworkGraph graph, TrainingSettings settings, Precision precision) {
        GraphAnalysis analysis = Validator.analyze(graph);
        if (analysis.hasErrors()) {
            throw CompileException.invalid(analysis.errors());
        }
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException("Training settings out of range: " + String.join("; ", settings.problems()));
        }
        for (LayerNode n : graph.nodes()) {
            if (!supports(n.kind())) {
                throw CompileException.atNode(n.id(), n.name(),
                        new UnsupportedOperationException(n.kind().displayName() + " layers cannot be trained yet"));
            }
        }
        return new Build(graph, analysis, settings, precision).run();
    }

    /** The state of one compilation: both paths' variables per node so far. */
    private static final class Build {
        private final NetworkGraph graph;
        private final GraphAnalysis analysis;
        private final TrainingSettings settings;
        private final Precision precision;
        private final SameDiff sd = SameDiff.create();
        private final BuildContext ctx;
        private final Map<NodeId, SDVariable> training = new HashMap<>();
        private final Map<NodeId, SDVariable> inference = new HashMap<>();
        private String inputName;
        private Shape inputShape;
        private Shape outputShape;
        private SDVariable trainLoss;
        private SDVariable inferLoss;

        Build(NetworkGraph graph, GraphAnalysis analysis, TrainingSettings settings, Precision precision) {
            this.graph = graph;
            this.analysis = analysis;
            this.settings = settings;
            this.precision = precision;
            this.ctx = new BuildContext(sd, precision.dataType(), settings.seed());
        }

        CompiledNetwork run() {
            List<NodeId> order = graph.topologicalOrder().orElseThrow(); // the validator refuses cycles
            SDVariable labels = null;
            for (NodeId id : order) {
                LayerNode node = graph.node(id);
                if (node.kind().id().equals(OUTPUT_KIND)) {
                    outputShape = shape(id);
                    labels = sd.placeHolder(LABELS, precision.dataType(), CoreCompilers.batchShape(outputShape));
                }
                try {
                    buildNode(node, labels);
                } catch (RuntimeException e) {
                    throw CompileException.atNode(id, node.name(), e);
                }
            }
            SDVariable penalty = totalPenalty();
            boolean onePath = inferLoss == trainLoss;
            SDVariable loss = (penalty == null ? trainLoss : trainLoss.add(penalty)).rename(LOSS);
            if (!onePath) {
                (penalty == null ? inferLoss : inferLoss.add(penalty)).rename(LOSS_INFERENCE);
            }
            sd.setLossVariables(loss);
            QuietStdout.run(sd::createGradFunction);
            NodeId out = order.stream().filter(i -> graph.node(i).kind().id().equals(OUTPUT_KIND)).findFirst().orElseThrow();
            CompiledNetwork.Names names = new CompiledNetwork.Names(inputName, LABELS, LOSS,
                    onePath ? LOSS : LOSS_INFERENCE, training.get(out).name(), inference.get(out).name(),
                    namesOf(training), namesOf(inference));
            return new CompiledNetwork(sd, graph, names, inputShape, outputShape, precision, ctx, settings);
        }

        private void buildNode(LayerNode node, SDVariable labels) {
            NodeId id = node.id();
            String kind = node.kind().id();
            if (kind.equals(INPUT_KIND)) {
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
            boolean modeDependent = kind.equals(OUTPUT_KIND) ? false : COMPILERS.get(kind).modeDependent();
            boolean separate = modeDependent || !trainIn.equals(inferIn);
            training.put(id, buildIn(id.value(), new LayerBuild(ctx, node, trainIn, shapes, shape(id), Mode.TRAINING),
                    labels, true));
            inference.put(id, separate
                    ? buildIn(id.value() + "/inference", new LayerBuild(ctx, node, inferIn, shapes, shape(id),
                    Mode.INFERENCE), labels, false)
                    : training.get(id));
            if (kind.equals(OUTPUT_KIND) && !separate) {
                inferLoss = trainLoss;
            }
        }

        private SDVariable buildIn(String scope, LayerBuild b, SDVariable labels, boolean trainingPath) {
            try (NameScope ignored = sd.withNameScope(scope)) {
                if (!b.node().kind().id().equals(OUTPUT_KIND)) {
                    return COMPILERS.get(b.node().kind().id()).build(b);
                }
                OutputCompiler.Head head = OutputCompiler.build(b, labels);
                if (trainingPath) {
                    trainLoss = head.loss();
                } else {
                    inferLoss = head.loss();
                }
                return head.prediction();
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

    /** Ids of the kinds this engine can build, for tests and the palette. */
    static Set<String> compiledKinds() {
        Set<String> ids = new java.util.TreeSet<>(COMPILERS.keySet());
        ids.add(INPUT_KIND);
        ids.add(OUTPUT_KIND);
        return ids;
    }
}
