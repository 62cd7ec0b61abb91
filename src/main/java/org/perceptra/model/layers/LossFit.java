package org.perceptra.model.layers;

import org.perceptra.model.LayerInference;

/** Whether an output activation and a loss make sense together, said the way a teacher would. */
final class LossFit {
    private LossFit() {
    }

    static LayerInference check(LayerInference r, String activation, String loss, int units) {
        boolean regression = loss.equals(OutputKind.MSE) || loss.equals(OutputKind.MAE) || loss.equals(OutputKind.HUBER);
        if (regression && activation.equals("softmax")) {
            return r.withWarning("loss-mismatch", "Softmax outputs add up to 1, but " + loss.toUpperCase()
                            + " is a loss for predicting numbers.",
                    "For classes use categorical cross-entropy; for numbers use a linear activation.");
        }
        if (loss.equals(OutputKind.CATEGORICAL_CE)) {
            if (units < 2) {
                return LayerInference.failed("loss-mismatch", "Categorical cross-entropy needs one unit per class "
                        + "(at least 2), but this output has " + units + ".",
                        "Set Units to the number of classes, or use binary cross-entropy with sigmoid for yes/no.");
            }
            if (!activation.equals("softmax")) {
                return LayerInference.failed("loss-mismatch", "Categorical cross-entropy compares a probability for "
                                + "each of the " + units + " classes, but " + activation + " does not give probabilities "
                                + "that add up to 1.",
                        "Set Activation to softmax.");
            }
        }
        if (loss.equals(OutputKind.BINARY_CE)) {
            if (activation.equals("softmax") && units > 1) {
                return r.withWarning("loss-mismatch", "Binary cross-entropy treats each unit as its own yes/no, "
                                + "but softmax makes the units compete.",
                        "Use sigmoid with binary cross-entropy, or keep softmax and use categorical cross-entropy.");
            }
            if (!activation.equals("sigmoid") && !activation.equals("softmax")) {
                return LayerInference.failed("loss-mismatch", "Binary cross-entropy needs probabilities between 0 and 1, "
                        + "but " + activation + " can give any value.", "Set Activation to sigmoid.");
            }
        }
        if (loss.equals(OutputKind.FOCAL) && !activation.equals("sigmoid") && !activation.equals("softmax")) {
            return LayerInference.failed("loss-mismatch", "Focal loss needs probabilities, but " + activation
                    + " can give any value.", "Set Activation to softmax (several classes) or sigmoid (yes/no).");
        }
        return r;
    }
}
