package org.perceptra.engine;

import java.util.List;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NodeId;
import org.perceptra.model.Params;
import org.perceptra.model.Shape;

/**
 * Everything one layer compiler needs to build one node: its inputs as SameDiff variables (batch first) with
 * their per-sample shapes from shape inference, the output shape it must produce, and the mode being built.
 */
record LayerBuild(BuildContext ctx, LayerNode node, List<SDVariable> inputs, List<Shape> inputShapes, Shape output,
                  Mode mode) {

    SameDiff sd() {
        return ctx.sd();
    }

    NodeId id() {
        return node.id();
    }

    Params params() {
        return node.params();
    }

    SDVariable input() {
        return inputs.get(0);
    }

    Shape inShape() {
        return inputShapes.get(0);
    }

    boolean training() {
        return mode == Mode.TRAINING;
    }

    /**
     * A weight tensor initialised by the node's {@code weightInit} (and {@code initValue}), with the node's
     * L1/L2 penalty when it has one.
     */
    SDVariable weight(String local, long[] shape, long fanIn, long fanOut) {
        return weight(local, shape, fanIn, fanOut, params().has("weightInit") ? params().getString("weightInit")
                : "glorot_uniform");
    }

    /** A weight tensor with this init, for kinds that offer no choice (attention uses Keras's default). */
    SDVariable weight(String local, long[] shape, long fanIn, long fanOut, String init) {
        double constant = params().has("initValue") ? params().getDouble("initValue") : 0.0;
        double[] values = WeightInit.values(init, constant, count(shape), fanIn, fanOut, ctx.seed(),
                id() + "/" + local);
        SDVariable w = ctx.trainable(id(), local, shape, values);
        if (params().has("l1")) {
            ctx.penalize(id(), w, params().getDouble("l1"), params().getDouble("l2"));
        }
        return w;
    }

    /** A bias vector starting at the given value (0 for almost every layer). */
    SDVariable bias(String local, long[] shape, double value) {
        double[] values = new double[count(shape)];
        java.util.Arrays.fill(values, value);
        return ctx.trainable(id(), local, shape, values);
    }

    static int count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return Math.toIntExact(n);
    }
}
