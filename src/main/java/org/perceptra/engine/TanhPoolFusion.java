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
 * Joins, in a plan's steps, a float tanh ({@link FloatTanh}) with the average pooling that reads it, and on the
 * way back the pooling's gradient with tanh's gradient from its output: one Java pass each instead of two
 * (LeNet-5's tanh then 2x2 average pooling after both convolutions). Only plain pooling is fused: a k x k
 * window with stride k, no padding or dilation, NCHW, sides divisible by k (so every window holds k*k pixels).
 * The tanh output is still written (tanh's gradient and others read it); the pooling gradient's array is not,
 * so that fusion needs tanh's gradient to be its only reader (and none of the arrays it skips to be a result).
 * Where the convolution's bias gradient and permute to the product's layout follow, the same pass does them
 * too. Float only, as {@link FloatTanh}; the numbers are float rounding away from libnd4j's (FloatPlanTest).
 */
final class TanhPoolFusion extends PlanFusion {
    TanhPoolFusion(SameDiff sd, List<String> order, List<String> outputs, Map<String, INDArray> arrays,
                   List<OpPlan.Step> steps, Map<String, OpPlan.Step> stepOf) {
        super(sd, order, outputs, arrays, steps, stepOf);
    }

    @Override
    void fuse(SameDiffOp op, String kind) {
        if (kind.equals("avgpool2d")) {
            fuseForward(op);
        } else if (kind.equals("avgpool2d_bp")) {
            fuseBackward(op);
        }
    }

    /** tanh (Java) -> avgpool2d: both outputs from one pass. */
    private void fuseForward(SameDiffOp pool) {
        OpPlan.Step poolStep = stepOf.get(pool.getName());
        String y = inputs(pool).isEmpty() ? null : inputs(pool).get(0);
        OpPlan.Step tanh = producerStep(y);
        if (poolStep == null || !(tanh instanceof FloatTanh.Step t) || inputs(pool).size() != 1) {
            return;
        }
        INDArray pooled = arrays.get(pool.getOutputsOfOp().get(0));
        int k = plainWindow(pool, t.out(), pooled);
        if (k == 0) {
            return;
        }
        replace(tanh, new FloatTanhPool(t, pooled, k));
        steps.remove(poolStep);
    }

    /** avgpool2d_bp -> tanh_bp from the output: the pre-activation gradient from the pooled gradient. */
    private void fuseBackward(SameDiffOp poolBp) {
        OpPlan.Step poolStep = stepOf.get(poolBp.getName());
        List<String> in = inputs(poolBp);
        if (poolStep == null || in.size() != 2 || poolBp.getOutputsOfOp().size() != 1) {
            return;
        }
        String dy = poolBp.getOutputsOfOp().get(0);
        List<SameDiffOp> readers = consumers.getOrDefault(dy, List.of());
        if (readers.size() != 1 || outputs.contains(dy)
                || !(stepOf.get(readers.get(0).getName()) instanceof OpPlan.TanhGradientStep g)
                || g.gradient() != arrays.get(dy)) {
            return;
        }
        INDArray dPooled = arrays.get(in.get(1));
        int k = plainWindow(poolBp, g.y(), dPooled);
        if (k == 0 || !PatchColumns.fits(g.out(), DataType.FLOAT) || !PatchColumns.fits(g.y(), DataType.FLOAT)) {
            return;
        }
        PoolTanhGradient fused = new PoolTanhGradient(dPooled, g.y(), g.out(), k, null, null);
        replace(g, withBiasGradient(readers.get(0), fused));
        steps.remove(poolStep);
    }

    /**
     * The pooling and tanh gradient extended by the convolution's bias gradient and the permute to the product's
     * layout that follow it ({@link ConvolutionCompilers#im2colConv}: tanh_bp -> biasadd_bp -> reshape ->
     * permute(1, 0, 2)), when those read nothing else and nothing else reads them; else the fused step as is.
     */
    private OpPlan.Step withBiasGradient(SameDiffOp tanhBp, PoolTanhGradient fused) {
        String dz = tanhBp.getOutputsOfOp().get(0);
        List<SameDiffOp> readers = consumers.getOrDefault(dz, List.of());
        SameDiffOp biasBp = readers.size() == 1 && !outputs.contains(dz) ? readers.get(0) : null;
        if (biasBp == null || !biasBp.getOp().opName().equals("biasadd_bp") || !stepOf.containsKey(biasBp.getName())
                || inputs(biasBp).size() != 3 || !inputs(biasBp).get(2).equals(dz)
                || biasBp.getOutputsOfOp().size() != 2) {
            return fused;
        }
        SameDiffOp reshape = soleReader(biasBp.getOutputsOfOp().get(0), "reshape");
        SameDiffOp permute = reshape == null ? null : soleReader(reshape.getOutputsOfOp().get(0), "permute");
        if (permute == null || stepOf.containsKey(reshape.getName()) || !stepOf.containsKey(permute.getName())
                || inputs(permute).size() != 1) {
            return fused;
        }
        long[] axes = ((DynamicCustomOp) permute.getOp()).iArgs();
        INDArray product = arrays.get(permute.getOutputsOfOp().get(0));
        INDArray dBias = arrays.get(biasBp.getOutputsOfOp().get(1));
        INDArray y = fused.y();
        if (axes.length != 3 || axes[0] != 1 || axes[1] != 0 || axes[2] != 2 || product == null || dBias == null
                || product.rank() != 3 || product.size(0) != y.size(1) || product.size(1) != y.size(0)
                || product.size(2) != y.size(2) * y.size(3) || dBias.length() != y.size(1)
                || !PatchColumns.fits(product, DataType.FLOAT) || dBias.dataType() != DataType.FLOAT) {
            return fused;
        }
        steps.remove(stepOf.get(biasBp.getName()));
        steps.remove(stepOf.get(permute.getName()));
        return new PoolTanhGradient(fused.dPooled(), y, fused.out(), fused.k(), product, dBias);
    }

    /**
     * {@code step} again writing, instead of its [N, C, H, W] gradient, that gradient as [C, N, H, W] into
     * {@code product} and its sums per channel into {@code dBias} ({@link WeightGradientFusion} reads that
     * layout); null when {@code step} is not this pass's pooling and tanh gradient into plain NCHW.
     */
    static OpPlan.Step inChannelMajorLayout(OpPlan.Step step, INDArray product, INDArray dBias) {
        if (!(step instanceof PoolTanhGradient g) || g.product() != null || product.length() != g.y().length()
                || product.size(0) != g.y().size(1) || product.size(1) != g.y().size(0)
                || !PatchColumns.fits(product, DataType.FLOAT) || dBias.length() != g.y().size(1)
                || dBias.dataType() != DataType.FLOAT) {
            return null;
        }
        return new PoolTanhGradient(g.dPooled(), g.y(), g.out(), g.k(), product, dBias);
    }

    /** The array a pooling and tanh gradient step writes its NCHW gradient to; null for other steps. */
    static INDArray gradientOut(OpPlan.Step step) {
        return step instanceof PoolTanhGradient g && g.product() == null ? g.out() : null;
    }

    /** The one op reading this variable, if of this kind and not a result; else null. */
    private SameDiffOp soleReader(String variable, String kind) {
        List<SameDiffOp> readers = consumers.getOrDefault(variable, List.of());
        return readers.size() == 1 && readers.get(0).getOp().opName().equals(kind) && !outputs.contains(variable)
                ? readers.get(0) : null;
    }

    /** The window k of a plain k x k, stride k average pooling from {@code image} to {@code pooled}; else 0. */
    private static int plainWindow(SameDiffOp op, INDArray image, INDArray pooled) {
        long[] a = ((DynamicCustomOp) op.getOp()).iArgs();
        if (a.length < 11 || image == null || pooled == null || image.rank() != 4 || pooled.rank() != 4
                || !PatchColumns.fits(image, DataType.FLOAT) || !PatchColumns.fits(pooled, DataType.FLOAT)) {
            return 0;
        }
        long k = a[0];
        boolean plain = k > 0 && a[1] == k && a[2] == k && a[3] == k && a[4] == 0 && a[5] == 0 && a[6] == 1
                && a[7] == 1 && a[10] == 0;
        boolean fits = image.size(0) == pooled.size(0) && image.size(1) == pooled.size(1)
                && image.size(2) == pooled.size(2) * k && image.size(3) == pooled.size(3) * k;
        return plain && fits ? (int) k : 0;
    }

    private OpPlan.Step producerStep(String variable) {
        SameDiffOp op = writer(variable);
        return op == null ? null : stepOf.get(op.getName());
    }

    /** tanh into y, then the k x k window means of y, from one Java copy of the input. */
    private record FloatTanhPool(FloatTanh.Step tanh, INDArray pooled, int k, float[] means)
            implements OpPlan.Step {
        FloatTanhPool(FloatTanh.Step tanh, INDArray pooled, int k) {
            this(tanh, pooled, k, new float[Math.toIntExact(pooled.length())]);
        }

        @Override
        public void run(OpExecutioner executioner) {
            tanh.run(executioner);
            float[] y = tanh.buffer();
            int planes = Math.toIntExact(pooled.size(0) * pooled.size(1));
            int ph = (int) pooled.size(2);
            int pw = (int) pooled.size(3);
            int w = pw * k;
            float scale = 1.0f / (k * k);
            int o = 0;
            for (int p = 0; p < planes; p++) {
                int plane = p * ph * k * w;
                for (int i = 0; i < ph; i++) {
                    for (int j = 0; j < pw; j++, o++) {
                        float sum = 0;
                        int start = plane + i * k * w + j * k;
                        for (int a = 0; a < k; a++) {
                            for (int b = 0; b < k; b++) {
                                sum += y[start + a * w + b];
                            }
                        }
                        means[o] = sum * scale;
                    }
                }
            }
            pooled.data().asNioFloat().put(Math.toIntExact(pooled.offset()), means);
        }

        @Override
        public String name() {
            return "tanh + avgpool2d (Java, float)";
        }
    }

    /**
     * dL/dx = (dL/dpooled / k^2, spread over the window) * (1 - y*y), in one pass: into {@code out} ([N, C, H,
     * W]), or, with {@code product} given, into it in the product's layout [C, N, H*W] with the sum per channel
     * (the bias gradient) into {@code dBias}.
     */
    private record PoolTanhGradient(INDArray dPooled, INDArray y, INDArray out, int k, INDArray product,
                                    INDArray dBias, float[] gradient, float[] values, float[] rowGradient,
                                    float[] layout, float[] biasSums, INDArray biasArray, float[] columnSums)
            implements OpPlan.Step {
        PoolTanhGradient(INDArray dPooled, INDArray y, INDArray out, int k, INDArray product, INDArray dBias) {
            this(dPooled, y, out, k, product, dBias, new float[Math.toIntExact(dPooled.length())],
                    new float[Math.toIntExact(y.length())], new float[Math.toIntExact(y.size(3))],
                    product == null ? null : new float[Math.toIntExact(y.length())],
                    product == null ? null : new float[Math.toIntExact(y.size(1))],
                    product == null ? null : Nd4j.create(DataType.FLOAT, y.size(1)),
                    new float[Math.toIntExact(y.size(3))]);
        }

        @Override
        public void run(OpExecutioner executioner) {
            dPooled.data().asNioFloat().get(Math.toIntExact(dPooled.offset()), gradient);
            y.data().asNioFloat().get(Math.toIntExact(y.offset()), values);
            int planes = Math.toIntExact(dPooled.size(0) * dPooled.size(1));
            int ph = (int) dPooled.size(2);
            int pw = (int) dPooled.size(3);
            int w = pw * k;
            float scale = 1.0f / (k * k);
            float[] spread = rowGradient;
            int channels = (int) y.size(1);
            int batch = (int) y.size(0);
            int pixels = ph * k * w;
            float[] target = product == null ? values : layout;
            if (product != null) {
                java.util.Arrays.fill(biasSums, 0f);
            }
            for (int p = 0; p < planes; p++) {
                int plane = p * pixels;
                int c = p % channels;
                // the product's layout [C, N, H*W] when it is wanted, else in place
                int to = product == null ? plane : (c * batch + p / channels) * pixels;
                java.util.Arrays.fill(columnSums, 0f);
                for (int i = 0; i < ph; i++) {
                    int g = (p * ph + i) * pw;
                    for (int x = 0; x < w; x++) {
                        spread[x] = gradient[g + x / k] * scale;
                    }
                    for (int a = 0; a < k; a++) {
                        int row = (i * k + a) * w;
                        for (int x = 0; x < w; x++) { // loops the JIT vectorises: no running sum
                            float v = values[plane + row + x];
                            float d = spread[x] * (1 - v * v);
                            target[to + row + x] = d;
                            columnSums[x] += d;
                        }
                    }
                }
                if (product != null) {
                    float sum = 0;
                    for (int x = 0; x < w; x++) {
                        sum += columnSums[x];
                    }
                    biasSums[c] += sum;
                }
            }
            if (product == null) {
                out.data().asNioFloat().put(Math.toIntExact(out.offset()), values);
                return;
            }
            product.data().asNioFloat().put(Math.toIntExact(product.offset()), layout);
            biasArray.data().asNioFloat().put(0, biasSums);
            dBias.assign(biasArray); // dBias may be a view into the gradient vector
        }

        @Override
        public String name() {
            return product == null ? "avgpool2d_bp + tanh_bp (Java, float)"
                    : "avgpool2d_bp + tanh_bp + biasadd_bp + permute (Java, float)";
        }
    }
}

