package org.perceptra.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.array.SingleThreadArrayHolder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * All trainable tensors as views into one contiguous vector, and a second vector of the same layout for their
 * gradients (as DL4J's networks keep them). An optimiser, clipping or weight decay then runs once over the
 * whole vector, one native call each, instead of once per tensor: on small networks each call costs more than
 * its arithmetic. Packing happens before the gradient function is created, so that it sees the views.
 */
final class FlatParameters {
    private final INDArray params;
    private final INDArray gradients;
    private final Map<String, INDArray> paramViews = new LinkedHashMap<>();
    private final Map<String, INDArray> gradientViews = new LinkedHashMap<>();

    private FlatParameters(INDArray params, INDArray gradients) {
        this.params = params;
        this.gradients = gradients;
    }

    /** Moves the named variables' values into one vector and makes each variable a view of its part. */
    static FlatParameters pack(SameDiff sd, List<String> names, DataType type) {
        // SameDiff's default holder copies views ("device local doesn't support views"); a plain holder keeps
        // them. On one device (this engine's case) both hand every thread the same array.
        sd.setArrayHolders(new SingleThreadArrayHolder(), new SingleThreadArrayHolder(), true);
        long total = 0;
        for (String name : names) {
            total += sd.getVariable(name).getArr().length();
        }
        FlatParameters flat = new FlatParameters(Nd4j.create(type, Math.max(1, total)),
                Nd4j.create(type, Math.max(1, total)));
        long offset = 0;
        for (String name : names) {
            SDVariable v = sd.getVariable(name);
            INDArray old = v.getArr();
            INDArray view = flat.slice(flat.params, offset, old);
            view.assign(old);
            sd.associateArrayWithVariable(view, v);
            if (v.getArr() != view) {
                throw new IllegalStateException("SameDiff did not keep the view for " + name);
            }
            flat.paramViews.put(name, view);
            flat.gradientViews.put(name, flat.slice(flat.gradients, offset, old));
            offset += old.length();
        }
        return flat;
    }

    /** The part of {@code vector} from {@code offset}, shaped like {@code like}; a view, never a copy. */
    private INDArray slice(INDArray vector, long offset, INDArray like) {
        INDArray view = vector.get(NDArrayIndex.interval(offset, offset + like.length())).reshape('c', like.shape());
        if (view.data().addressPointer().address() != vector.data().addressPointer().address()
                + offset * vector.dataType().width()) {
            throw new IllegalStateException("ND4J copied a slice of the parameter vector instead of viewing it");
        }
        return view;
    }

    INDArray params() {
        return params;
    }

    INDArray gradients() {
        return gradients;
    }

    /** The gradient vector's part for each tensor, by name. */
    Map<String, INDArray> gradientViews() {
        return gradientViews;
    }
}
