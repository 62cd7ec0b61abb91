package org.perceptra.edit;

import java.util.Objects;
import java.util.Optional;
import org.perceptra.model.Connection;
import org.perceptra.model.ConnectionCheck;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.project.Project;

/**
 * Draws a wire from one layer's output into another's input. Wires that can never be right (to itself, twice,
 * round in a loop, into a layer with no free input) are refused here, while the student still holds the wire,
 * rather than reported later by the validator.
 */
public record Connect(NodeId from, NodeId to) implements Edit {
    public Connect {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String label() {
        return "Connect " + from + " to " + to;
    }

    @Override
    public Project apply(Project current) {
        problem(current.graph(), from, to).ifPresent(reason -> {
            throw new EditRefusedException(reason);
        });
        return current.withGraph(current.graph().withConnection(new Connection(from, to)));
    }

    /** Why a wire from {@code from} to {@code to} is not allowed, or empty; the same rules the canvas shows while dragging. */
    public static Optional<String> problem(NetworkGraph graph, NodeId from, NodeId to) {
        return ConnectionCheck.refusal(graph, from, to);
    }
}
