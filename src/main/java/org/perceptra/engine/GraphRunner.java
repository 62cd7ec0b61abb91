package org.perceptra.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs the compiled SameDiff graph: feeds the placeholders (with fresh dropout masks on the training path)
 * and turns ND4J's failures into {@link EngineException}s that name the layer.
 */
final class GraphRunner {
    private final SameDiff sd;
    private final CompiledNetwork.Names names;
    private final DropoutMasks masks;
    private final ErrorLocator errors;

    GraphRunner(SameDiff sd, CompiledNetwork.Names names, DropoutMasks masks, ErrorLocator errors) {
        this.sd = sd;
        this.names = names;
        this.masks = masks;
        this.errors = errors;
    }

    /** The named results and the gradients of the training loss for {@code params}, in one pass. */
    OutAndGrad train(INDArray x, INDArray y, List<String> outputs, List<String> params) {
        return run(() -> sd.calculateGradientsAndOutputs(feed(x, y, Mode.TRAINING), outputs, params));
    }

    /** Results computed on one path; {@code y} may be null when no label is needed. */
    Map<String, INDArray> output(INDArray x, INDArray y, Mode path, List<String> outputs) {
        return run(() -> sd.output(feed(x, y, path), outputs));
    }

    private Map<String, INDArray> feed(INDArray x, INDArray y, Mode path) {
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(names.input(), x);
        if (y != null) {
            feed.put(names.labels(), y);
        }
        if (path == Mode.TRAINING && !masks.isEmpty()) {
            feed.putAll(masks.draw(x.size(0)));
        }
        return feed;
    }

    private <T> T run(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
    }
}
