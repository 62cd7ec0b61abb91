package org.perceptra.engine;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.loss.LossReduce;
import org.nd4j.autodiff.samediff.SameDiff;
import org.perceptra.model.layers.OutputKind;

/**
 * The catalogue's losses, averaged over the batch (and over the positions of a sequence) as Keras does:
 * MSE, MAE and Huber (delta 1) over every value; cross-entropies summed over the classes of one sample.
 * With sigmoid or softmax the log-probabilities come from the logits in a form that cannot overflow.
 * Focal loss has no alpha weighting (alpha = 1), so gamma 0 equals cross-entropy.
 */
final class Losses {
    /** Keras's clipping of probabilities where no logits form applies (softmax with binary cross-entropy). */
    private static final double EPSILON = 1e-7;

    private Losses() {
    }

    static SDVariable of(LayerBuild b, SDVariable logits, SDVariable p, SDVariable y) {
        SameDiff sd = b.sd();
        String loss = b.params().getString(OutputKind.LOSS);
        String activation = b.params().getString(OutputKind.ACTIVATION);
        int classAxis = b.output().rank();
        return switch (loss) {
            case OutputKind.MSE -> sd.math.squaredDifference(p, y).mean();
            case OutputKind.MAE -> sd.math.abs(p.sub(y)).mean();
            case OutputKind.HUBER -> huber(sd, p.sub(y));
            case OutputKind.BINARY_CE -> binaryCrossEntropy(sd, activation, logits, p, y);
            case OutputKind.CATEGORICAL_CE -> softmaxCrossEntropy(sd, logits, y, b.output().last());
            case OutputKind.FOCAL -> focal(sd, activation, logits, p, y, b.params().getDouble(OutputKind.FOCAL_GAMMA),
                    classAxis);
            default -> throw new IllegalArgumentException("unknown loss '" + loss + "'");
        };
    }

    /**
     * ND4J's fused softmax cross-entropy (one op forward, one backward, where the written-out form takes
     * about twenty: small networks spend most of a step on per-op overhead). Positions of a sequence are
     * folded into the batch so the mean runs over both, as Keras's does.
     */
    private static SDVariable softmaxCrossEntropy(SameDiff sd, SDVariable logits, SDVariable y, int classes) {
        return sd.loss.softmaxCrossEntropy(y.reshape(-1, classes), logits.reshape(-1, classes), null,
                LossReduce.MEAN_BY_NONZERO_WEIGHT_COUNT, 0.0);
    }

    /** 0.5 d^2 where |d| <= 1, |d| - 0.5 beyond. */
    private static SDVariable huber(SameDiff sd, SDVariable d) {
        SDVariable a = sd.math.abs(d);
        SDVariable q = sd.math.clipByValue(a, 0.0, 1.0);
        return q.mul(q).mul(0.5).add(a.sub(q)).mean();
    }

    private static SDVariable binaryCrossEntropy(SameDiff sd, String activation, SDVariable z, SDVariable p,
                                                 SDVariable y) {
        if (activation.equals("sigmoid")) {
            // -(y log p + (1 - y) log(1 - p)) with p = sigmoid(z) simplifies to softplus(z) - y z.
            return softplus(sd, z).sub(y.mul(z)).mean();
        }
        SDVariable clipped = sd.math.clipByValue(p, EPSILON, 1 - EPSILON);
        return y.mul(sd.math.log(clipped)).add(y.rsub(1.0).mul(sd.math.log(clipped.rsub(1.0)))).mean().neg();
    }

    /** Down-weights samples already predicted well by (1 - p)^gamma. */
    private static SDVariable focal(SameDiff sd, String activation, SDVariable z, SDVariable p, SDVariable y,
                                    double gamma, int classAxis) {
        if (activation.equals("softmax")) {
            SDVariable weight = power(sd, p.rsub(1.0), gamma);
            return (weight == null ? y : y.mul(weight)).mul(logSoftmax(sd, z, classAxis)).sum(classAxis).mean().neg();
        }
        // Sigmoid: each unit is its own yes/no; log p = -softplus(-z), log(1 - p) = -softplus(z).
        SDVariable yes = y.mul(softplus(sd, z.neg()));
        SDVariable no = y.rsub(1.0).mul(softplus(sd, z));
        if (gamma != 0) {
            yes = yes.mul(sd.math.pow(p.rsub(1.0), gamma));
            no = no.mul(sd.math.pow(p, gamma));
        }
        return yes.add(no).mean();
    }

    /** x^gamma, or null for gamma 0: the gradient of x^0 at x = 0 would be 0 * inf = NaN. */
    private static SDVariable power(SameDiff sd, SDVariable x, double gamma) {
        return gamma == 0 ? null : sd.math.pow(x, gamma);
    }

    /** log(1 + e^z) written as max(z, 0) + log(1 + e^-|z|): never overflows. */
    static SDVariable softplus(SameDiff sd, SDVariable z) {
        return sd.nn.relu(z, 0.0).add(sd.math.log1p(sd.math.exp(sd.math.abs(z).neg())));
    }

    /** z - logsumexp(z), shifted by the maximum so that exp never overflows. */
    static SDVariable logSoftmax(SameDiff sd, SDVariable z, int axis) {
        SDVariable shifted = z.sub(z.max(true, axis));
        return shifted.sub(sd.math.log(sd.math.exp(shifted).sum(true, axis)));
    }
}
