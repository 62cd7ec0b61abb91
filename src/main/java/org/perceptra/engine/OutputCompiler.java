package org.perceptra.engine;

import org.nd4j.autodiff.samediff.SDVariable;

/**
 * The Output node: a Dense layer whose activation gives the prediction, plus its loss against the labels.
 * The loss is computed from the pre-activation values where the activation and loss fit together, which
 * is what keeps cross-entropy finite and its gradient exact when probabilities saturate.
 */
final class OutputCompiler {
    /** Pre-activation values, the prediction students see (probabilities or values), and the mean loss. */
    record Head(SDVariable logits, SDVariable prediction, SDVariable loss) {
    }

    private OutputCompiler() {
    }

    static Head build(LayerBuild b, SDVariable labels) {
        SDVariable logits = CoreCompilers.affine(b, b.input(), b.inShape(), b.params().getInt("units"));
        SDVariable prediction = Activations.apply(b, logits);
        return new Head(logits, prediction, Losses.of(b, logits, prediction, labels));
    }
}
