package org.perceptra.engine;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.perceptra.model.Activation;

/** The catalogue's activation functions as SameDiff ops, shared by every kind with an activation choice. */
final class Activations {
    private static final double SQRT_HALF = Math.sqrt(0.5);

    private Activations() {
    }

    /**
     * @param lastAxis the last axis counted with the batch axis (softmax normalises over it)
     */
    static SDVariable apply(SameDiff sd, SDVariable x, Activation activation, double negativeSlope, int lastAxis) {
        return switch (activation) {
            case LINEAR -> x;
            case RELU -> sd.nn.relu(x, 0.0);
            case LEAKY_RELU -> sd.nn.leakyRelu(x, negativeSlope);
            case ELU -> sd.nn.elu(x);
            // The exact, erf-based GELU (Keras approximate=False, PyTorch's default); ND4J's gelu op is the
            // sigmoid approximation x * sigmoid(1.702 x), which differs by up to 0.02.
            case GELU -> x.mul(sd.math.erf(x.mul(SQRT_HALF)).add(1.0)).mul(0.5);
            case SWISH -> x.mul(sd.nn.sigmoid(x));
            case SIGMOID -> sd.nn.sigmoid(x);
            case TANH -> sd.nn.tanh(x);
            case SOFTMAX -> sd.nn.softmax(x, lastAxis);
        };
    }

    /** The activation named by a node's {@code activation} and {@code negativeSlope} parameters. */
    static SDVariable apply(LayerBuild b, SDVariable x) {
        Activation a = Activation.of(b.params().getString("activation"));
        double slope = b.params().has("negativeSlope") ? b.params().getDouble("negativeSlope") : 0.01;
        return apply(b.sd(), x, a, slope, b.output().rank());
    }
}
