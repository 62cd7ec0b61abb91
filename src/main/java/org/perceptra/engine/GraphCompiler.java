package org.perceptra.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.SameDiff;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerKind;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
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
    static final String INPUT_KIND = "Input";
    static final String OUTPUT_KIND = "Output";

    private static final Map<String, LayerCompiler> COMPILERS = new HashMap<>();

    static {
        EngineThreads.configure();
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
            throw new IllegalArgumentException("Training settings out of range: "
                    + String.join("; ", settings.problems()));
        }
        for (LayerNode n : graph.nodes()) {
            if (!supports(n.kind())) {
                throw CompileException.atNode(n.id(), n.name(),
                        new UnsupportedOperationException(n.kind().displayName() + " layers cannot be trained yet"));
            }
        }
        return new GraphBuild(graph, analysis, settings, precision, COMPILERS).run();
    }

    /** The compiler of a kind other than Input and Output (null when there is none). */
    static LayerCompiler compiler(String kind) {
        return COMPILERS.get(kind);
    }

    /** Ids of the kinds this engine can build, for tests and the palette. */
    static Set<String> compiledKinds() {
        Set<String> ids = new java.util.TreeSet<>(COMPILERS.keySet());
        ids.add(INPUT_KIND);
        ids.add(OUTPUT_KIND);
        return ids;
    }
}
