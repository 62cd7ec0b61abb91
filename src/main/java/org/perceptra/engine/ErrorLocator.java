package org.perceptra.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nd4j.autodiff.samediff.SameDiff;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;

/**
 * Maps SameDiff names, and ND4J error messages quoting them, back to the node they were built for. Forward
 * ops and tensors carry the node's id as their scope ({@code dense_1/matmul}); backward ops do not
 * ({@code conv2d_bp}), so a failed one is traced through the names of its inputs.
 */
final class ErrorLocator {
    private static final Pattern SCOPED = Pattern.compile("([A-Za-z_][A-Za-z0-9_.\\-]*)/");
    private static final Pattern OP_NAME = Pattern.compile("with name (\\S+)");

    private final SameDiff sd;
    private final NetworkGraph graph;
    private final String inputName;

    ErrorLocator(SameDiff sd, NetworkGraph graph, String inputName) {
        this.sd = sd;
        this.graph = graph;
        this.inputName = inputName;
    }

    Optional<NodeId> nodeOf(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.equals(inputName)) {
            return Optional.of(NodeId.of(inputName));
        }
        Matcher m = SCOPED.matcher(name);
        while (m.find()) {
            if (NodeId.isValid(m.group(1)) && graph.contains(NodeId.of(m.group(1)))) {
                return Optional.of(NodeId.of(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The exception to throw instead of ND4J's, naming the layer when the messages allow. */
    EngineException translate(RuntimeException e) {
        Optional<NodeId> node = Optional.empty();
        for (Throwable t = e; t != null && node.isEmpty(); t = t.getCause()) {
            String message = t.getMessage();
            node = nodeOf(message).or(() -> nodeOfFailedOp(message));
        }
        String where = node.map(id -> "Layer '" + graph.find(id).map(LayerNode::name).orElse(id.value()) + "'")
                .orElse("The network");
        return new EngineException(where + " failed: " + e.getMessage(), node.orElse(null), e);
    }

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
}
