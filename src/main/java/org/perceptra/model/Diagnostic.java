package org.perceptra.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a graph, in words a student understands, with a fix to try.
 *
 * @param severity how bad it is
 * @param node     the node it concerns, or {@code null} for the graph as a whole
 * @param code     a stable machine-readable code such as {@code shape-mismatch} (tests and docs use it)
 * @param message  what is wrong, in plain words
 * @param fix      what to try, in plain words
 */
public record Diagnostic(Severity severity, NodeId node, String code, String message, String fix) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static Diagnostic error(NodeId node, String code, String message, String fix) {
        return new Diagnostic(Severity.ERROR, node, code, message, fix);
    }

    public static Diagnostic warning(NodeId node, String code, String message, String fix) {
        return new Diagnostic(Severity.WARNING, node, code, message, fix);
    }

    public Optional<NodeId> nodeId() {
        return Optional.ofNullable(node);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity.label() + (node == null ? "" : " [" + node + "]") + ": " + message + (fix.isEmpty() ? "" : " Fix: " + fix);
    }
}
