package org.perceptra.engine;

import java.util.Arrays;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.perceptra.model.Shape;

/**
 * BatchNorm and LayerNorm, written out from elementwise ops and reductions rather than ND4J's fused
 * batchnorm op, whose backward pass treats the mean and variance inputs as separate leaves. Written out, the
 * gradient flows through the batch statistics exactly as the formula says.
 */
final class NormalizationCompilers {
    private NormalizationCompilers() {
    }

    static void register(Map<String, LayerCompiler> into) {
        into.put("BatchNorm", LayerCompiler.modeDependent(NormalizationCompilers::batchNorm));
        into.put("LayerNorm", NormalizationCompilers::layerNorm);
    }

    /**
     * Training normalises with the batch's own mean and (biased, as Keras) variance and records them, so the
     * engine can move the running averages after the step; inference uses the running averages. A frozen
     * BatchNorm uses its running averages on both paths and leaves them as they are (as Keras does since 2.1):
     * the statistics of the task it learned stay, and the layers after it see what they were trained on.
     */
    private static SDVariable batchNorm(LayerBuild b) {
        Shape in = b.inShape();
        int c = in.isImage() ? in.dim(0) : in.last();
        long[] vector = {c};
        double momentum = b.params().getDouble("momentum");
        double eps = b.params().getDouble("epsilon");
        SDVariable gamma = b.bias("gamma", vector, 1.0);
        SDVariable beta = b.bias("beta", vector, 0.0);
        SDVariable runningMean = b.ctx().statistic(b.id(), "running_mean", vector, new double[c]);
        double[] ones = new double[c];
        Arrays.fill(ones, 1.0);
        SDVariable runningVar = b.ctx().statistic(b.id(), "running_var", vector, ones);

        long[] broadcast = broadcastShape(in, c);
        SDVariable x = b.input();
        SDVariable mean;
        SDVariable var;
        if (b.training() && !b.ctx().isFrozen(b.id())) {
            int[] axes = in.isImage() ? new int[] {0, 2, 3} : in.isSequence() ? new int[] {0, 1} : new int[] {0};
            mean = x.mean(true, axes);
            SDVariable centred = x.sub(mean);
            var = centred.mul(centred).mean(true, axes);
            b.ctx().updateStatistic(runningMean.name(), mean, momentum);
            b.ctx().updateStatistic(runningVar.name(), var, momentum);
        } else {
            mean = runningMean.reshape(broadcast);
            var = runningVar.reshape(broadcast);
        }
        SDVariable normalised = x.sub(mean).div(b.sd().math.sqrt(var.add(eps)));
        return normalised.mul(gamma.reshape(broadcast)).add(beta.reshape(broadcast));
    }

    /** [1, C, 1, 1] for images, [1, 1, C] for sequences, [1, C] for vectors. */
    private static long[] broadcastShape(Shape in, int c) {
        long[] shape = new long[in.rank() + 1];
        Arrays.fill(shape, 1);
        shape[in.isImage() ? 1 : in.rank()] = c;
        return shape;
    }

    /** Per sample over the last axis; the scale and shift have one value per position of that axis. */
    private static SDVariable layerNorm(LayerBuild b) {
        int last = b.inShape().last();
        int axis = b.inShape().rank();
        SDVariable gamma = b.bias("gamma", new long[] {last}, 1.0);
        SDVariable beta = b.bias("beta", new long[] {last}, 0.0);
        SDVariable x = b.input();
        SDVariable centred = x.sub(x.mean(true, axis));
        SDVariable var = centred.mul(centred).mean(true, axis);
        return centred.div(b.sd().math.sqrt(var.add(b.params().getDouble("epsilon")))).mul(gamma).add(beta);
    }
}
