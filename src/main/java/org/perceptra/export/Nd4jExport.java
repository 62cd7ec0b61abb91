package org.perceptra.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.InferenceGraph;
import org.perceptra.engine.Scalers;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.project.AtomicFiles;

/**
 * A trained network as ND4J's own SameDiff file (FlatBuffers, what {@code SameDiff.save(file, false)} writes and
 * {@code SameDiff.load(file, false)} reads): the inference path alone ({@link InferenceGraph}), the trained tensors
 * as its variables, the scaling fitted in training inside. It holds only ND4J's standard ops, so any program with
 * ND4J 1.0.0-M2.1 runs it: {@code sd.output(Map.of(input, features), output)}.
 */
public final class Nd4jExport {
    static final String FORMAT = "ND4J";

    private Nd4jExport() {
    }

    /**
     * The layers this format cannot hold, each as a sentence naming it; empty when the network exports. The file
     * holds what the engine builds, so that is every kind the engine can build.
     */
    public static List<String> refusals(NetworkGraph graph) {
        List<String> out = new ArrayList<>();
        for (LayerNode n : graph.nodes()) {
            if (!GraphCompiler.supports(n.kind())) {
                out.add(ExportRefusedException.atNode(n, FORMAT, "the engine cannot build it as plain ND4J ops")
                        .getMessage());
            }
        }
        return out;
    }

    /**
     * Writes the graph to {@code file} through a temporary file beside it, so that a failed export never leaves
     * half a model under the asked name.
     *
     * @return the graph written (its input and output names are what a reader feeds and asks for)
     */
    public static InferenceGraph write(CompiledNetwork network, Optional<Scalers> scalers, Path file)
            throws IOException {
        InferenceGraph g = InferenceGraph.of(network, scalers);
        ByteBuffer bytes = g.sd().asFlatBuffers(false);
        AtomicFiles.write(file, out -> out.write(bytes.array(), bytes.position(), bytes.array().length
                - bytes.position()));
        return g;
    }

    /** How to run the file, for the CLI and the window: its input and output names and what they hold. */
    public static String usage(InferenceGraph g, Optional<Scalers> scalers) {
        String input = scalers.isPresent()
                ? "takes the features as the data gives them (the scaling fitted in training is inside)"
                : "takes features already scaled as in training (the project was saved without its scaling)";
        return "Load it with SameDiff.load(file, false); its placeholder '" + g.input() + "' " + input
                + "; the variable '" + g.output() + "' gives what Perceptra predicts: sd.output(Map.of(\""
                + g.input() + "\", features), \"" + g.output() + "\").";
    }
}
