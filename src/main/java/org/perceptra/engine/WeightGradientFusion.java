package org.perceptra.engine;

import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Replaces, in a plan, a {@code conv2d_bp} whose input gradient nobody reads (the input layer's convolution)
 * by the weight gradient alone, computed as one forward convolution: dW[o, c, i, j] = sum over n, y, x of
 * x[n, c, y + i, x + j] * dz[n, o, y, x] is the convolution of the images with the channels as the batch
 * ([C, N, H, W]) by the output gradient as a kernel ([O, N, oH, oW], OIHW), giving [C, O, kH, kW]. oneDNN runs
 * that forward convolution in 0.4 ms on LeNet-5's first layer, where its conv2d_bp, which also works out the
 * unused input gradient with one input channel, takes 3 to 7 ms. Stride and dilation 1, symmetric padding and
 * NCHW images with [kH, kW, C, O] kernels only; the rest is left to conv2d_bp. The sums run in another order
 * than conv2d_bp's, so the numbers are float rounding away from it (OneDnnConvolutionTest).
 */
final class WeightGradientFusion extends PlanFusion {
    WeightGradientFusion(SameDiff sd, List<String> order, List<String> outputs, Map<String, INDArray> arrays,
                         List<OpPlan.Step> steps, Map<String, OpPlan.Step> stepOf) {
        super(sd, order, outputs, arrays, steps, stepOf);
    }

    @Override
    void fuse(SameDiffOp op, String kind) {
        if (kind.equals("conv2d_bp")) {
            weightsOnly(op);
        }
    }

    private void weightsOnly(SameDiffOp bp) {
        OpPlan.Step own = stepOf.get(bp.getName());
        List<String> in = inputs(bp);
        List<String> out = bp.getOutputsOfOp();
        if (own == null || in.size() < 3 || out.size() != in.size() - 1) {
            return;
        }
        String inputGradient = out.get(0);
        if (outputs.contains(inputGradient) || !consumers.getOrDefault(inputGradient, List.of()).isEmpty()) {
            return;
        }
        long[] a = ((DynamicCustomOp) bp.getOp()).iArgs();
        INDArray x = arrays.get(in.get(0));
        INDArray dz = arrays.get(in.get(in.size() - 1));
        INDArray dW = arrays.get(out.get(1));
        INDArray dB = out.size() == 3 ? arrays.get(out.get(2)) : null;
        if (a.length < 10 || a[2] != 1 || a[3] != 1 || a[6] != 1 || a[7] != 1 || a[9] != 0
                || (a.length > 10 && a[10] != 0) || !floats(x, dz, dW) || (dB != null && !floats(dB))
                || x.rank() != 4 || dz.rank() != 4 || dW.rank() != 4 || !PatchColumns.fits(x, DataType.FLOAT)
                || !PatchColumns.fits(dz, DataType.FLOAT)) {
            return;
        }
        int kH = (int) dW.size(0);
        int kW = (int) dW.size(1);
        long pH = padding(a[8] == 1, a[4], x.size(2), dz.size(2), kH);
        long pW = padding(a[8] == 1, a[5], x.size(3), dz.size(3), kW);
        if (pH < 0 || pW < 0 || x.size(2) + 2 * pH - dz.size(2) + 1 != kH
                || x.size(3) + 2 * pW - dz.size(3) + 1 != kW) {
            return;
        }
        Step fused = new Step(x, dz, dW, dB, pH, pW);
        OpPlan.Step producer = gradientWriter(dz);
        if (producer != null && consumers.getOrDefault(in.get(in.size() - 1), List.of()).size() == 1
                && !outputs.contains(in.get(in.size() - 1))) {
            // The pooling and tanh gradient before it can write the kernel's layout and the bias sums itself.
            OpPlan.Step direct = TanhPoolFusion.inChannelMajorLayout(producer, fused.kernel,
                    dB != null ? dB : Nd4j.create(DataType.FLOAT, dz.size(1)));
            if (direct != null) {
                // run now, as replace() runs the new step: the plan's first run is the one that builds it
                direct.run(null);
                steps.set(steps.indexOf(producer), direct);
                fused = fused.fromKernelLayout();
            }
        }
        replace(own, fused);
    }

    /** The step of this plan that writes {@code dz} as a Java pooling and tanh gradient; null if none. */
    private OpPlan.Step gradientWriter(INDArray dz) {
        for (OpPlan.Step s : steps) {
            if (TanhPoolFusion.gradientOut(s) == dz) {
                return s;
            }
        }
        return null;
    }

    /** Explicit padding as given, or 'same' padding when it is the same on both sides; else -1. */
    private static long padding(boolean same, long given, long in, long out, long k) {
        if (!same) {
            return given;
        }
        long total = out - 1 + k - in;
        return total >= 0 && total % 2 == 0 ? total / 2 : -1;
    }

    private static boolean floats(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a == null || a.dataType() != DataType.FLOAT) {
                return false;
            }
        }
        return true;
    }

    /** The weight (and bias) gradient of a convolution from its input images and output gradient. */
    static final class Step implements OpPlan.Step {
        private final INDArray dW;
        private final INDArray dB;
        private final INDArray kernel;
        private final INDArray byChannel;
        private final INDArray result;
        private final INDArray biasSums;
        private final DynamicCustomOp toKernel;
        private final DynamicCustomOp toChannels;
        private final DynamicCustomOp convolution;
        /** Whether the step before writes {@link #kernel} and the bias gradient (so this skips both). */
        private final boolean given;

        private Step(Step s) {
            dW = s.dW;
            dB = s.dB;
            kernel = s.kernel;
            byChannel = s.byChannel;
            result = s.result;
            biasSums = s.biasSums;
            toKernel = s.toKernel;
            toChannels = s.toChannels;
            convolution = s.convolution;
            given = true;
        }

        Step(INDArray x, INDArray dz, INDArray dW, INDArray dB, long pH, long pW) {
            this.given = false;
            this.dW = dW;
            this.dB = dB;
            long n = x.size(0);
            long c = x.size(1);
            long o = dz.size(1);
            kernel = Nd4j.create(DataType.FLOAT, o, n, dz.size(2), dz.size(3));
            toKernel = DynamicCustomOp.builder("permute").addInputs(dz).addOutputs(kernel)
                    .addIntegerArguments(1, 0, 2, 3).build();
            if (c == 1) { // [N, 1, H, W] is already [1, N, H, W] in memory: a view, no copy
                byChannel = x.reshape('c', 1, n, x.size(2), x.size(3));
                toChannels = null;
            } else {
                byChannel = Nd4j.create(DataType.FLOAT, c, n, x.size(2), x.size(3));
                toChannels = DynamicCustomOp.builder("permute").addInputs(x).addOutputs(byChannel)
                        .addIntegerArguments(1, 0, 2, 3).build();
            }
            result = Nd4j.create(DataType.FLOAT, c, o, dW.size(0), dW.size(1));
            convolution = DynamicCustomOp.builder("conv2d").addInputs(byChannel, kernel).addOutputs(result)
                    .addIntegerArguments(Math.toIntExact(dz.size(2)), Math.toIntExact(dz.size(3)), 1, 1,
                            Math.toIntExact(pH), Math.toIntExact(pW), 1, 1, 0, 0, 1).build();
            biasSums = Nd4j.create(DataType.FLOAT, o);
        }

        /** This step reading the kernel layout as the step before writes it, with the bias gradient. */
        Step fromKernelLayout() {
            return new Step(this);
        }

        @Override
        public void run(OpExecutioner executioner) {
            if (!given) {
                Nd4j.exec(toKernel);
            }
            if (toChannels != null) {
                Nd4j.exec(toChannels);
            }
            Nd4j.exec(convolution);
            dW.assign(result.permute(2, 3, 0, 1)); // [C, O, kH, kW] to the kernel's [kH, kW, C, O]
            if (dB != null && !given) {
                kernel.reshape(kernel.size(0), -1).sum(biasSums, 1);
                dB.assign(biasSums.reshape(dB.shape()));
            }
        }

        @Override
        public String name() {
            return given ? "conv2d_bp, weights only (as a convolution, from the kernel layout)"
                    : "conv2d_bp, weights only (as a convolution)";
        }
    }
}
