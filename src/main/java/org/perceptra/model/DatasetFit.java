package org.perceptra.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.perceptra.model.layers.OutputKind;

/**
 * Whether the network fits the chosen dataset: the Input takes the samples' shape, the Output predicts as many
 * numbers as there are targets, and the loss suits the task (classes or values). Reported before training,
 * because the engine would otherwise fail with an array-shape error no student can read.
 */
final class DatasetFit {
    private static final List<String> CLASS_LOSSES = List.of(OutputKind.BINARY_CE, OutputKind.CATEGORICAL_CE,
            OutputKind.FOCAL);

    private DatasetFit() {
    }

    static List<Diagnostic> check(NetworkGraph graph, Map<NodeId, NodeAnalysis> shapes, DataSignature data) {
        List<Diagnostic> out = new ArrayList<>();
        for (LayerNode node : graph.nodes()) {
            // Nodes with broken parameters already have their error; reading those values could even fail.
            if (ShapeInference.checkParams(node).isPresent()) {
                continue;
            }
            if (Roles.isInput(node)) {
                checkInput(node, shapes.get(node.id()), data, out);
            } else if (Roles.isOutput(node)) {
                checkOutput(node, data, out);
            }
        }
        return out;
    }

    private static void checkInput(LayerNode node, NodeAnalysis analysis, DataSignature data, List<Diagnostic> out) {
        if (analysis == null || !analysis.hasOutput() || analysis.output().equals(data.features())) {
            return;
        }
        out.add(Diagnostic.error(node.id(), "input-mismatch", "The data gives samples of shape " + data.features()
                        + ", but " + node.kind().displayName() + " expects " + analysis.output() + ".",
                "Set " + node.kind().displayName() + " shape to " + data.features() + "."));
    }

    private static void checkOutput(LayerNode node, DataSignature data, List<Diagnostic> out) {
        String loss = node.params().getString(OutputKind.LOSS);
        int units = node.params().getInt(OutputKind.UNITS);
        boolean classLoss = CLASS_LOSSES.contains(loss);
        if (classLoss != data.isClassification()) {
            out.add(taskMismatch(node, data, loss));
            return; // the unit count follows from the task: fix that first
        }
        if (data.isClassification()) {
            checkClassUnits(node, data, units, loss, out);
        } else if (units != data.targetSize()) {
            out.add(Diagnostic.error(node.id(), "output-mismatch", "The data gives " + data.describeTargets()
                            + " to predict per sample, but " + node.name() + " predicts " + units + ".",
                    "Set Units of " + node.name() + " to " + data.targetSize() + " (one per value)."));
        }
    }

    private static void checkClassUnits(LayerNode node, DataSignature data, int units, String loss,
                                        List<Diagnostic> out) {
        int k = data.targetSize();
        // Two classes may also be one yes/no unit; whether sigmoid goes with the loss is LossFit's job.
        boolean oneUnitYesNo = k == 2 && units == 1 && !loss.equals(OutputKind.CATEGORICAL_CE);
        if (units == k || oneUnitYesNo) {
            return;
        }
        String fix = k == 2
                ? "Set Units of " + node.name() + " to 2 (with softmax), or to 1 with sigmoid and binary cross-entropy."
                : "Set Units of " + node.name() + " to " + k + " (one per class).";
        out.add(Diagnostic.error(node.id(), "output-mismatch", "The data has " + data.describeTargets() + ", but "
                + node.name() + " has " + units + (units == 1 ? " unit." : " units."), fix));
    }

    private static Diagnostic taskMismatch(LayerNode node, DataSignature data, String loss) {
        if (data.isClassification()) {
            return Diagnostic.error(node.id(), "task-mismatch", "The data has " + data.describeTargets()
                            + " to choose from, but " + lossName(loss) + " is a loss for predicting numbers.",
                    data.targetSize() == 2
                            ? "Set Loss to binary cross-entropy with sigmoid (1 unit), "
                                    + "or categorical cross-entropy with softmax (2 units)."
                            : "Set Loss to categorical cross-entropy and Activation to softmax.");
        }
        return Diagnostic.error(node.id(), "task-mismatch", "The data gives " + data.describeTargets()
                        + " to predict, but " + lossName(loss) + " is a loss for choosing classes.",
                "Set Loss to mean squared error (or MAE or Huber) and Activation to linear.");
    }

    private static String lossName(String loss) {
        return switch (loss) {
            case OutputKind.MSE -> "mean squared error (MSE)";
            case OutputKind.MAE -> "mean absolute error (MAE)";
            case OutputKind.HUBER -> "Huber loss";
            case OutputKind.BINARY_CE -> "binary cross-entropy";
            case OutputKind.CATEGORICAL_CE -> "categorical cross-entropy";
            case OutputKind.FOCAL -> "focal loss";
            default -> loss;
        };
    }
}
