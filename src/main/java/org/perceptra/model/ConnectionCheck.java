package org.perceptra.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers the canvas while a wire is being dragged: may it be dropped here? A refusal carries the reason the
 * student sees next to the cursor. An allowed wire may still carry a warning when it would give the target
 * layer a shape error (Add of two different shapes, say): allowed, because the student may be about to fix
 * the other side.
 */
public final class ConnectionCheck {
    private ConnectionCheck() {
    }

    /**
     * @param allowed whether the wire may be made
     * @param reason  why not, when refused; empty otherwise
     * @param warning what would go wrong with the shapes, when allowed; empty when nothing
     */
    public record Verdict(boolean allowed, String reason, String warning) {
        public static Verdict allow() {
            return new Verdict(true, "", "");
        }

        public static Verdict allowWithWarning(String warning) {
            return new Verdict(true, "", warning == null ? "" : warning);
        }

        public static Verdict refuse(String reason) {
            return new Verdict(false, reason, "");
        }

        public Optional<String> warningText() {
            return warning.isEmpty() ? Optional.empty() : Optional.of(warning);
        }
    }

    /** Checks the wire {@code from -> to}, working out shapes itself (linear in the graph's size). */
    public static Verdict check(NetworkGraph graph, NodeId from, NodeId to) {
        Optional<String> refusal = refusal(graph, from, to);
        if (refusal.isPresent()) {
            return Verdict.refuse(refusal.get());
        }
        ShapeInference.Result shapes = ShapeInference.run(graph);
        return Verdict.allowWithWarning(shapeWarning(graph, from, to, new GraphAnalysis(shapes.nodes(), shapes.diagnostics())));
    }

    /**
     * Same, reusing the analysis the canvas already holds for this graph, so checking is constant time per
     * hovered port.
     */
    public static Verdict check(NetworkGraph graph, NodeId from, NodeId to, GraphAnalysis current) {
        Optional<String> refusal = refusal(graph, from, to);
        return refusal.map(Verdict::refuse).orElseGet(() -> Verdict.allowWithWarning(shapeWarning(graph, from, to, current)));
    }

    /** Why the wire may not be made, or empty when it may: the structural half of {@link #check}, without shapes. */
    public static Optional<String> refusal(NetworkGraph graph, NodeId from, NodeId to) {
        if (!graph.contains(from) || !graph.contains(to)) {
            return Optional.of("There is no layer " + (graph.contains(from) ? to : from) + " in the network.");
        }
        if (from.equals(to)) {
            return Optional.of("A layer cannot be wired to itself.");
        }
        LayerNode source = graph.node(from);
        LayerNode target = graph.node(to);
        if (graph.isConnected(from, to)) {
            return Optional.of(source.name() + " is already wired into " + target.name() + ".");
        }
        if (target.kind().maxInputs() == 0) {
            return Optional.of(target.name() + " (" + target.kind().displayName()
                    + ") takes no inputs: it is where the data enters the network.");
        }
        if (Roles.isOutput(source)) {
            return Optional.of(source.kind().displayName() + " is the end of the network; nothing can follow it. "
                    + "To go on, make it a Dense layer and add the Output after the last layer.");
        }
        // A loop comes before a full input: removing the other wire would not make this one right.
        if (graph.reaches(to, from)) {
            return Optional.of("This wire would make a loop: " + target.name() + " already leads to " + source.name()
                    + ". Data must flow one way, from Input to Output.");
        }
        int existing = graph.inputsOf(to).size();
        if (existing >= target.kind().maxInputs()) {
            String takes = target.kind().maxInputs() == 1 ? "one input" : target.kind().maxInputs() + " inputs at most";
            return Optional.of(target.name() + " (" + target.kind().displayName() + ") takes " + takes
                    + " and already has " + (existing == 1 ? "one" : existing)
                    + "; remove the existing wire first or join them with Add/Concatenate.");
        }
        return Optional.empty();
    }

    /** The target's first new error (with its fix) once the wire is added, or empty when none or the shapes are unknown. */
    private static String shapeWarning(NetworkGraph graph, NodeId from, NodeId to, GraphAnalysis current) {
        LayerNode target = graph.node(to);
        List<Shape> inputs = new ArrayList<>();
        for (NodeId in : graph.inputsOf(to)) {
            inputs.add(outputOf(current, in));
        }
        inputs.add(outputOf(current, from));
        if (inputs.contains(null) || inputs.size() < target.kind().minInputs()
                || ShapeInference.checkParams(target).isPresent()) {
            return ""; // not enough known yet to judge; the validator speaks once the wiring is done
        }
        LayerInference result;
        try {
            result = target.kind().infer(inputs, target.params());
        } catch (RuntimeException e) {
            return ""; // the validator reports a misbehaving kind; the drag must not crash
        }
        List<String> known = current.diagnosticsFor(to).stream().map(Diagnostic::message).toList();
        return result.issues().stream()
                .filter(d -> d.isError() && !known.contains(d.message()))
                .map(d -> d.message() + " " + d.fix())
                .findFirst().orElse("");
    }

    private static Shape outputOf(GraphAnalysis analysis, NodeId id) {
        return analysis.node(id).map(NodeAnalysis::output).orElse(null);
    }
}
