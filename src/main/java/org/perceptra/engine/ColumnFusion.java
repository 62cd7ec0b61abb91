package org.perceptra.engine;

import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;

/**
 * Replaces, in a plan's steps, the chains {@link ConvolutionCompilers#im2colConv} builds around its matrix
 * product by {@link PatchColumns} passes: im2col, reshape, permute (to [P, M, pixels]) becomes one im2col
 * writing the permute's array; permute back, reshape, im2col_bp becomes one col2im reading the permute's input.
 * A chain is fused only when its inner arrays feed nothing but the chain (shape_of aside: it reads shapes,
 * which stay right) and every array is dense; the rest of the plan is untouched.
 */
final class ColumnFusion extends PlanFusion {
    /** ND4J's im2col, its reshape and permute to the product's layout, in one pass. */
    private record Im2ColStep(INDArray image, INDArray columns, PatchColumns geometry) implements OpPlan.Step {
        @Override
        public void run(OpExecutioner executioner) {
            geometry.im2col(image, columns);
        }

        @Override
        public String name() {
            return "im2col (product layout)";
        }
    }

    /** The permute back from the product's layout and ND4J's im2col_bp, in one pass. */
    private record Col2ImStep(INDArray columns, INDArray image, PatchColumns geometry) implements OpPlan.Step {
        @Override
        public void run(OpExecutioner executioner) {
            geometry.col2im(columns, image);
        }

        @Override
        public String name() {
            return "im2col_bp (product layout)";
        }
    }

    ColumnFusion(SameDiff sd, List<String> order, List<String> outputs, Map<String, INDArray> arrays,
                 List<OpPlan.Step> steps, Map<String, OpPlan.Step> stepOf) {
        super(sd, order, outputs, arrays, steps, stepOf);
    }

    @Override
    void fuse(SameDiffOp op, String kind) {
        if (kind.equals("im2col")) {
            fuseForward(op);
        } else if (kind.equals("im2col_bp")) {
            fuseBackward(op);
        }
    }

    /** im2col -> reshape -> permute(1, 0, 2): the permute's array filled in one pass. */
    private void fuseForward(SameDiffOp im2col) {
        OpPlan.Step own = stepOf.get(im2col.getName());
        String columns = im2col.getOutputsOfOp().get(0);
        SameDiffOp reshape = soleUser(columns, "reshape");
        SameDiffOp permute = reshape == null ? null : soleUser(reshape.getOutputsOfOp().get(0), "permute");
        if (own == null || permute == null || !swapsFirstTwo(permute) || !stepOf.containsKey(permute.getName())
                || stepOf.containsKey(reshape.getName())) {
            return;
        }
        INDArray image = arrays.get(inputs(im2col).get(0));
        INDArray cols = arrays.get(columns);
        INDArray out = arrays.get(permute.getOutputsOfOp().get(0));
        if (image == null || cols == null || out == null || image.rank() != 4 || cols.rank() != 6 || out.rank() != 3
                || !PatchColumns.fits(image, out.dataType()) || !PatchColumns.fits(out, out.dataType())
                || out.length() != cols.length()) {
            return;
        }
        PatchColumns geometry = new PatchColumns(image.shape(), cols.shape(), iArgs(im2col), out.size(0),
                out.dataType());
        replace(own, new Im2ColStep(image, out, geometry));
        steps.remove(stepOf.get(permute.getName()));
    }

    /** permute(1, 0, 2) -> reshape -> im2col_bp: the image gradient from the permute's input in one pass. */
    private void fuseBackward(SameDiffOp im2colBp) {
        OpPlan.Step own = stepOf.get(im2colBp.getName());
        List<String> in = inputs(im2colBp);
        if (own == null || in.size() != 2) {
            return;
        }
        SameDiffOp reshape = producer(in.get(1), "reshape");
        SameDiffOp permute = reshape == null ? null : producer(inputs(reshape).get(0), "permute");
        if (permute == null || !swapsFirstTwo(permute) || soleUser(in.get(1), "im2col_bp") != im2colBp
                || soleUser(inputs(reshape).get(0), "reshape") != reshape || stepOf.containsKey(reshape.getName())
                || !stepOf.containsKey(permute.getName())) {
            return;
        }
        INDArray image = arrays.get(im2colBp.getOutputsOfOp().get(0));
        INDArray cols = arrays.get(in.get(1));
        INDArray source = arrays.get(inputs(permute).get(0));
        if (image == null || cols == null || source == null || image.rank() != 4 || cols.rank() != 6
                || source.rank() != 3 || !PatchColumns.fits(image, image.dataType())
                || !PatchColumns.fits(source, image.dataType()) || source.length() != cols.length()) {
            return;
        }
        PatchColumns geometry = new PatchColumns(image.shape(), cols.shape(), iArgs(im2colBp), source.size(0),
                image.dataType());
        replace(own, new Col2ImStep(source, image, geometry));
        steps.remove(stepOf.get(permute.getName()));
    }

    /** The one op reading this variable's values (shape_of only reads its shape), if of this kind; else null. */
    private SameDiffOp soleUser(String variable, String kind) {
        if (outputs.contains(variable)) {
            return null;
        }
        SameDiffOp found = null;
        for (SameDiffOp op : consumers.getOrDefault(variable, List.of())) {
            if (op.getOp().opName().equals("shape_of")) {
                continue;
            }
            if (found != null || !op.getOp().opName().equals(kind)) {
                return null;
            }
            found = op;
        }
        return found;
    }

    private SameDiffOp producer(String variable, String kind) {
        SameDiffOp sdo = writer(variable);
        return sdo != null && sdo.getOp().opName().equals(kind) ? sdo : null;
    }

    private static boolean swapsFirstTwo(SameDiffOp permute) {
        long[] axes = ((DynamicCustomOp) permute.getOp()).iArgs();
        return inputs(permute).size() == 1 && axes.length == 3 && axes[0] == 1 && axes[1] == 0 && axes[2] == 2;
    }

    private static long[] iArgs(SameDiffOp op) {
        return ((DynamicCustomOp) op.getOp()).iArgs();
    }
}
