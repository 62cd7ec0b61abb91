package org.perceptra.edit;

import java.util.Objects;
import java.util.Optional;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
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

    /** Why a wire from {@code from} to {@code to} is not allowed, or empty: the canvas asks this during a drag. */
    public static Optional<String> problem(NetworkGraph graph, NodeId from, NodeId to) {
        if (!graph.contains(from) || !graph.contains(to)) {
            return Optional.of("There is no layer " + (graph.contains(from) ? to : from) + " in the network");
        }
        LayerNode source = graph.node(from);
        LayerNode target = graph.node(to);
        if (from.equals(to)) {
            return Optional.of("A layer cannot be wired to itself");
        }
        if (graph.isConnected(from, to)) {
            return Optional.of(source.name() + " is already wired to " + target.name());
        }
        Optional<String> full = inputProblem(graph, target);
        if (full.isPresent()) {
            return full;
        }
        if (graph.reaches(to, from)) {
            return Optional.of("That wire would make a loop: " + target.name() + " already feeds into " + source.name());
        }
        return Optional.empty();
    }

    private static Optional<String> inputProblem(NetworkGraph graph, LayerNode target) {
        int max = target.kind().maxInputs();
        int has = graph.inputsOf(target.id()).size();
        if (max == 0) {
            return Optional.of(target.name() + " (" + target.kind().displayName()
                    + ") takes no incoming wires: data enters the network there");
        }
        if (has >= max) {
            return Optional.of(target.name() + " takes " + (max == 1 ? "one input" : "at most " + max + " inputs")
                    + " and already has " + (has == 1 ? "one" : has) + "; remove a wire into it first");
        }
        return Optional.empty();
    }
}
