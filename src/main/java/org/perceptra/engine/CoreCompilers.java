package org.perceptra.engine;

import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.linalg.api.buffer.DataType;
import org.perceptra.model.Shape;

/** Dense, Activation, Flatten, Reshape, Dropout and Embedding. */
final class CoreCompilers {
    private CoreCompilers() {
    }

    static void register(Map<String, LayerCompiler> into) {
        into.put("Dense", b -> Activations.apply(b, affine(b, b.input(), b.inShape(), b.params().getInt("units"))));
        into.put("Activation", b -> Activations.apply(b, b.input()));
        into.put("Flatten", b -> b.input().reshape(-1, b.output().size()));
        into.put("Reshape", b -> b.input().reshape(batchShape(b.output())));
        into.put("Dropout", LayerCompiler.modeDependent(CoreCompilers::dropout));
        into.put("Embedding", CoreCompilers::embedding);
    }

    /**
     * {@code x W + b} on the last axis, applied to every position of a sequence. Built from mmul and add:
     * ND4J's {@code sd.nn.linear} computes the same forward pass but trains wrongly (deeplearning4j#9869).
     */
    static SDVariable affine(LayerBuild b, SDVariable x, Shape in, int units) {
        long fanIn = in.last();
        SDVariable w = b.weight("W", new long[] {fanIn, units}, fanIn, units);
        // mmul wants a matrix: fold the positions of a sequence into the batch and unfold them afterwards.
        SDVariable z = (in.rank() == 1 ? x : x.reshape(-1, fanIn)).mmul(w);
        if (b.params().getBool("useBias")) {
            z = z.add(b.bias("b", new long[] {units}, 0.0));
        }
        return in.rank() == 1 ? z : z.reshape(batchShape(in.withDim(in.rank() - 1, units)));
    }

    /** {@code [-1, ...shape]}: a per-sample shape with the batch axis in front, for reshape. */
    static long[] batchShape(Shape shape) {
        long[] out = new long[shape.rank() + 1];
        out[0] = -1;
        for (int i = 0; i < shape.rank(); i++) {
            out[i + 1] = shape.dim(i);
        }
        return out;
    }

    private static SDVariable dropout(LayerBuild b) {
        return dropout(b, b.input(), b.output(), "mask", b.params().getDouble("rate"));
    }

    /**
     * Inverted dropout as a product with a mask fed from outside the graph (see {@link DropoutMasks}). ND4J's
     * own dropout ops have no gradient; a product with a mask does, and the backward pass reuses the mask.
     *
     * @param shape the per-sample shape of {@code x}
     */
    static SDVariable dropout(LayerBuild b, SDVariable x, Shape shape, String local, double rate) {
        if (!b.training() || rate == 0) {
            return x;
        }
        return x.mul(b.ctx().dropoutMask(b.id(), local, shape, rate));
    }

    /**
     * Token ids arrive as numbers in the input; each picks one row of the table. Built as one-hot rows times
     * the table rather than ND4J's gather: gather's backward pass in 1.0.0-M2.1 assigns each token's
     * gradient into the table's row instead of adding it, so a token seen twice in a batch loses all but
     * one contribution. The one-hot product costs batch * steps * vocabulary numbers per step.
     */
    private static SDVariable embedding(LayerBuild b) {
        int vocab = b.params().getInt("vocabSize");
        int dim = b.params().getInt("embeddingDim");
        double[] init = WeightInit.values(b.params().getString("weightInit"), 0.0, vocab * dim, vocab, dim,
                b.ctx().seed(), b.id() + "/embeddings");
        SDVariable table = b.ctx().trainable(b.id(), "embeddings", new long[] {vocab, dim}, init);
        SDVariable ids = b.input().castTo(DataType.INT32).reshape(-1);
        SDVariable rows = b.sd().oneHot(ids, vocab, -1, 1.0, 0.0, b.ctx().dataType()).mmul(table);
        return rows.reshape(batchShape(b.output()));
    }
}
