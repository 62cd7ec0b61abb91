package org.perceptra.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks about how the graph is wired, independent of shapes: a missing or doubled Input/Output, loops,
 * nodes left out of the flow, and an Output the data can never reach. Messages name nodes the way the
 * canvas shows them.
 */
final class StructureCheck {
    private StructureCheck() {
    }

    static List<Diagnostic> run(NetworkGraph graph) {
        if (graph.isEmpty()) {
            // A new document is empty: one diagnostic, not a wall of them. An error all the same, since there is
            // nothing to train: validate and Train must not call an empty network fine.
            return List.of(Diagnostic.error(null, "empty", "The network has no layers yet, so there is nothing to "
                    + "train.", "Drag an Input, a Dense and an Output from the palette and wire them in that order."));
        }
        List<Diagnostic> out = new ArrayList<>();
        roles(graph, out);
        for (Cycles.Loop loop : Cycles.find(graph)) {
            out.add(loopDiagnostic(graph, loop));
        }
        for (LayerNode node : graph.nodes()) {
            wiring(graph, node, out);
        }
        unreachableOutputs(graph, out);
        return out;
    }

    private static void roles(NetworkGraph graph, List<Diagnostic> out) {
        if (graph.nodes().stream().noneMatch(Roles::isInput)) {
            out.add(Diagnostic.error(null, "no-input", "The network has no Input layer, so no data can enter it.",
                    "Add an Input layer and wire it into the first layer."));
        }
        List<LayerNode> outputs = graph.nodes().stream().filter(Roles::isOutput).toList();
        if (outputs.isEmpty()) {
            out.add(Diagnostic.error(null, "no-output", "The network has no Output layer, so it gives no answer "
                    + "to train against.", "Add an Output layer at the end and wire the last layer into it."));
        } else if (outputs.size() > 1) {
            out.add(Diagnostic.error(null, "several-outputs", "The network has " + outputs.size() + " Output layers ("
                            + outputs.stream().map(LayerNode::name).collect(Collectors.joining(", "))
                            + "), but Perceptra trains one output head.",
                    "Keep one Output; delete the others or turn them into Dense layers."));
        }
    }

    private static Diagnostic loopDiagnostic(NetworkGraph graph, Cycles.Loop loop) {
        List<NodeId> path = loop.path();
        String names = path.stream().map(id -> Roles.label(graph, id)).collect(Collectors.joining(" → "));
        String lastWire = Roles.label(graph, path.get(path.size() - 2)) + " → " + Roles.label(graph, path.get(0));
        String more = loop.tangle().size() > path.size() - 1
                ? " More wires loop among " + graph.nodeIds().stream().filter(loop.tangle()::contains)
                        .map(id -> Roles.label(graph, id)).collect(Collectors.joining(", ")) + "."
                : "";
        return Diagnostic.error(path.get(0), "cycle", "The wires " + names + " go round in a loop: each layer "
                        + "would need its own result before it can compute it." + more,
                "Remove one wire of the loop, for example " + lastWire + ". Data must flow one way, from Input to Output.");
    }

    private static void wiring(NetworkGraph graph, LayerNode node, List<Diagnostic> out) {
        boolean noInputs = graph.inputsOf(node.id()).isEmpty();
        boolean noOutputs = graph.outputsOf(node.id()).isEmpty();
        String name = node.name();
        if (Roles.isInput(node)) {
            if (noOutputs) {
                out.add(Diagnostic.warning(node.id(), "not-connected", name + " is not connected to anything, "
                        + "so its data goes nowhere.", "Wire it into the first layer, or delete it."));
            }
            return;
        }
        if (noInputs) {
            // An error, not a warning: without an input the layer has no shape and cannot be built.
            String message = noOutputs ? name + " is not connected to anything, so it receives no input."
                    : name + " receives no input.";
            out.add(Diagnostic.error(node.id(), "not-connected", message,
                    "Wire the Input or an earlier layer into " + name + ", or delete it."));
        } else if (noOutputs && !Roles.isOutput(node)) {
            out.add(Diagnostic.warning(node.id(), "not-connected", name + " leads nowhere: its result is not used.",
                    "Wire " + name + " into a later layer (or the Output), or delete it."));
        }
    }

    private static void unreachableOutputs(NetworkGraph graph, List<Diagnostic> out) {
        List<NodeId> inputs = graph.nodes().stream().filter(Roles::isInput).map(LayerNode::id).toList();
        if (inputs.isEmpty()) {
            return; // "no-input" already says it all
        }
        Set<NodeId> reached = reachableFrom(graph, inputs);
        for (LayerNode node : graph.nodes()) {
            // An Output with no wire in at all already has its "receives no input" error.
            if (Roles.isOutput(node) && !reached.contains(node.id()) && !graph.inputsOf(node.id()).isEmpty()) {
                out.add(Diagnostic.error(node.id(), "unreachable-output", "No chain of wires leads from the Input to "
                                + node.name() + ", so no data can reach it.",
                        "Connect the Input through your layers into " + node.name() + "."));
            }
        }
    }

    private static Set<NodeId> reachableFrom(NetworkGraph graph, List<NodeId> starts) {
        Set<NodeId> seen = new HashSet<>(starts);
        Deque<NodeId> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty()) {
            for (NodeId next : graph.outputsOf(todo.pop())) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }
}
