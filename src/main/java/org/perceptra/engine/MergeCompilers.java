package org.perceptra.engine;

import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;

/** Add and Concatenate: the joins of branches (residual connections, inception-style blocks). */
final class MergeCompilers {
    private MergeCompilers() {
    }

    static void register(Map<String, LayerCompiler> into) {
        into.put("Add", MergeCompilers::add);
        into.put("Concatenate", MergeCompilers::concatenate);
    }

    private static SDVariable add(LayerBuild b) {
        SDVariable sum = b.inputs().get(0);
        for (SDVariable x : b.inputs().subList(1, b.inputs().size())) {
            sum = sum.add(x);
        }
        return sum;
    }

    /** The catalogue's axis counts within one sample (negative from the end); ND4J's counts the batch too. */
    private static SDVariable concatenate(LayerBuild b) {
        int axis = b.params().getInt("axis");
        int rank = b.inShape().rank();
        int sampleAxis = axis < 0 ? rank + axis : axis;
        return b.sd().concat(sampleAxis + 1, b.inputs().toArray(new SDVariable[0]));
    }
}
