package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerInference;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * Batch normalisation over the channel axis of an image, or the last axis of a vector or sequence (Keras's
 * {@code axis=-1} on [t, f]). Counts: gamma and beta are trainable (2 per channel); the running mean and
 * variance are not (2 more). Keras's summary adds both into its total (4C); PyTorch counts 2C parameters and
 * keeps the other 2C as buffers. Momentum is Keras's: the share of the old running average kept each step
 * (PyTorch's momentum 0.1 is Keras's 0.9).
 */
final class BatchNormKind extends BaseKind {
    static final String MOMENTUM = "momentum";
    static final String EPSILON = "epsilon";

    BatchNormKind() {
        super("BatchNorm", "Batch Normalization", LayerFamily.NORMALIZATION,
                "Rescales each channel to mean 0 and spread 1 over the batch, then lets the network learn a better "
                        + "scale and shift. Makes deep networks train faster and more steadily.",
                "y = gamma * (x - mean) / sqrt(var + epsilon) + beta, per channel",
                List.of(ParamSpec.real(MOMENTUM, "Momentum", 0.99, 0.0, 0.9999,
                                "How slowly the running averages used after training move: 0.99 keeps 99% of the "
                                        + "old value each step (PyTorch writes this as 0.01)."),
                        ParamSpec.real(EPSILON, "Epsilon", 1e-3, 0.0, 1.0,
                                "A small number added to the variance so it never divides by zero.").exclusiveMin()),
                1, 1);
    }

    /** The axis normalised: channels of an image, the last axis otherwise. */
    static int channels(Shape in) {
        return in.isImage() ? in.dim(0) : in.last();
    }

    @Override
    public LayerInference infer(List<Shape> inputs, Params params) {
        Shape in = inputs.get(0);
        long c = channels(in);
        return LayerInference.of(in, 2 * c, 0).withNonTrainable(2 * c);
    }

    @Override
    public String namePrefix() {
        return "batch_norm";
    }
}
