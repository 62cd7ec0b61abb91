package org.perceptra.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.NodeId;

/**
 * The graph cannot be compiled: either the validator found errors (all listed, in the student's words), or
 * building one node failed inside ND4J (that node is named).
 */
public final class CompileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient NodeId node;
    private final List<Diagnostic> diagnostics;

    private CompileException(String message, NodeId node, List<Diagnostic> diagnostics, Throwable cause) {
        super(message, cause);
        this.node = node;
        this.diagnostics = List.copyOf(diagnostics);
    }

    static CompileException invalid(List<Diagnostic> errors) {
        String list = errors.stream().map(Diagnostic::toString).collect(Collectors.joining("\n  "));
        return new CompileException("The network cannot be trained until these problems are fixed:\n  " + list,
                null, errors, null);
    }

    static CompileException atNode(NodeId node, String layerName, Throwable cause) {
        return new CompileException("Building layer '" + layerName + "' (" + node + ") for training failed: "
                + cause.getMessage(), node, List.of(), cause);
    }

    /** A fault inside ND4J while building that no node claimed: still a sentence, not a crash. */
    static CompileException insideEngine(RuntimeException cause) {
        return new CompileException("The network could not be built for training (" + cause.getClass().getSimpleName()
                + ": " + cause.getMessage() + "). Please report this with the project file.", null, List.of(), cause);
    }

    /** The node whose building failed; empty when the graph as a whole was refused. */
    public Optional<NodeId> node() {
        return Optional.ofNullable(node);
    }

    /** The validator's errors that refused the graph; empty when a single node failed to build. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
