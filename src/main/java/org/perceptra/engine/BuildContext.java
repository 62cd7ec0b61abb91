package org.perceptra.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.model.NodeId;

/**
 * What the layer compilers share while one graph is built: the SameDiff instance, the number type, the
 * seed, and the registry of stored tensors. A node is built twice when its training and inference behaviour
 * differ (see {@link GraphCompiler}); its tensors are created on the first build and found again by name on
 * the second, so both paths share the same weights.
 */
final class BuildContext {
    /** A tensor the engine stores between steps, named {@code node/local}. */
    record StoredTensor(String name, NodeId node, ParamRole role) {
    }

    /** After each training step: {@code running = momentum * running + (1 - momentum) * batch}. */
    record StatisticUpdate(String running, String batchValue, double momentum) {
    }

    private final SameDiff sd;
    private final DataType dataType;
    private final long seed;
    private final Set<NodeId> frozen;
    private final Map<String, StoredTensor> stored = new LinkedHashMap<>();
    private final Map<String, SDVariable> penalties = new LinkedHashMap<>();
    private final List<StatisticUpdate> statisticUpdates = new ArrayList<>();
    private final List<DropoutMasks.Site> dropoutSites = new ArrayList<>();

    /** @param frozen the nodes whose learned tensors stay as they are ({@link ParamRole#FROZEN}) */
    BuildContext(SameDiff sd, DataType dataType, long seed, Set<NodeId> frozen) {
        this.sd = sd;
        this.dataType = dataType;
        this.seed = seed;
        this.frozen = Set.copyOf(frozen);
    }

    SameDiff sd() {
        return sd;
    }

    DataType dataType() {
        return dataType;
    }

    long seed() {
        return seed;
    }

    /**
     * A learned tensor with the given starting values (doubles, converted to this network's type); of a frozen
     * node, it is stored but not trained.
     */
    SDVariable trainable(NodeId node, String local, long[] shape, double[] initial) {
        return store(node, local, shape, initial, frozen.contains(node) ? ParamRole.FROZEN : ParamRole.TRAINABLE);
    }

    boolean isFrozen(NodeId node) {
        return frozen.contains(node);
    }

    /** A tensor updated by the engine rather than by gradients (BatchNorm's running mean and variance). */
    SDVariable statistic(NodeId node, String local, long[] shape, double[] initial) {
        return store(node, local, shape, initial, ParamRole.STATISTIC);
    }

    private SDVariable store(NodeId node, String local, long[] shape, double[] initial, ParamRole role) {
        String name = node.value() + "/" + local;
        if (stored.containsKey(name)) {
            return sd.getVariable(name);
        }
        INDArray arr = Nd4j.create(initial, shape, DataType.DOUBLE).castTo(dataType);
        stored.put(name, new StoredTensor(name, node, role));
        return sd.var(name, arr);
    }

    /** Adds {@code l1 * sum|w| + l2 * sum w^2} to the loss (Keras's kernel regularisers), once per tensor. */
    void penalize(NodeId node, SDVariable weights, double l1, double l2) {
        if ((l1 == 0 && l2 == 0) || penalties.containsKey(weights.name())) {
            return;
        }
        SDVariable p = null;
        if (l1 > 0) {
            p = sd.math.abs(weights).sum().mul(l1);
        }
        if (l2 > 0) {
            SDVariable sq = weights.mul(weights).sum().mul(l2);
            p = p == null ? sq : p.add(sq);
        }
        penalties.put(weights.name(), p);
    }

    /** A placeholder for a dropout mask of {@code [batch, ...shape]}, filled by {@link DropoutMasks}. */
    SDVariable dropoutMask(NodeId node, String local, org.perceptra.model.Shape shape, double rate) {
        String name = node.value() + "/" + local;
        dropoutSites.add(new DropoutMasks.Site(name, shape, rate));
        return sd.placeHolder(name, dataType, CoreCompilers.batchShape(shape));
    }

    List<DropoutMasks.Site> dropoutSites() {
        return List.copyOf(dropoutSites);
    }

    void updateStatistic(String running, SDVariable batchValue, double momentum) {
        statisticUpdates.add(new StatisticUpdate(running, batchValue.name(), momentum));
    }

    List<StoredTensor> stored() {
        return List.copyOf(stored.values());
    }

    List<SDVariable> penalties() {
        return List.copyOf(penalties.values());
    }

    List<StatisticUpdate> statisticUpdates() {
        return List.copyOf(statisticUpdates);
    }
}
