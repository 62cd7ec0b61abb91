package org.perceptra.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.model.TrainingSettings;

/**
 * Applies one step's gradients to the parameters: clipping first (by global norm, as PyTorch's
 * clip_grad_norm_, then by value), then the optimiser. Keeps the step count and the current learning rate,
 * which a schedule may change between steps. With {@link FlatParameters} every stage runs once over the whole
 * parameter vector (the optimisers are elementwise, so this is the same arithmetic); otherwise once per tensor.
 */
final class TrainingStep {
    private final Map<String, INDArray> params;
    private final Map<String, ParamUpdate> updates = new LinkedHashMap<>();
    private final FlatParameters flat;
    private final ParamUpdate flatUpdate;
    private final double clipNorm;
    private final double clipValue;
    /** Applied here rather than inside the optimisers, so that it can change between steps (see setWeightDecay). */
    private final boolean decoupledDecay;
    private double weightDecay;
    private double learningRate;
    private int iteration;

    /** @param flat the parameters as one vector, every one of them with a gradient; null: update per tensor */
    TrainingStep(TrainingSettings settings, Map<String, INDArray> trainable, FlatParameters flat) {
        this.params = new LinkedHashMap<>(trainable);
        this.clipNorm = settings.clipNorm();
        this.clipValue = settings.clipValue();
        this.learningRate = settings.learningRate();
        this.flat = flat;
        this.weightDecay = settings.weightDecay();
        this.decoupledDecay = settings.optimizer() == TrainingSettings.Optimizer.ADAMW;
        TrainingSettings noDecay = new TrainingSettings(settings.optimizer(), settings.learningRate(),
                settings.momentum(), settings.batchSize(), settings.epochs(), settings.seed(), settings.schedule(),
                settings.clipNorm(), settings.clipValue(), 0, settings.earlyStopping());
        if (flat != null) {
            this.flatUpdate = Optimizers.create(noDecay, flat.params());
        } else {
            this.flatUpdate = null;
            trainable.forEach((name, p) -> updates.put(name, Optimizers.create(noDecay, p)));
        }
    }

    /**
     * Updates the parameters in place from these gradients (keyed by parameter name; overwritten). Gradients
     * that are not already the parts of the flat gradient vector are copied there first.
     */
    void apply(Map<String, INDArray> gradients) {
        if (flat != null) {
            applyFlat(gradients);
        } else {
            applyPerTensor(gradients);
        }
        iteration++;
    }

    private void applyFlat(Map<String, INDArray> gradients) {
        gradients.forEach((name, g) -> {
            INDArray part = flat.gradientViews().get(name);
            if (g != part) {
                part.assign(g);
            }
        });
        INDArray g = flat.gradients();
        if (clipNorm > 0) {
            double norm = g.norm2Number().doubleValue();
            if (norm > clipNorm) {
                g.muli(clipNorm / norm);
            }
        }
        if (clipValue > 0) {
            clip(g, clipValue);
        }
        decay(flat.params(), g);
        flatUpdate.apply(flat.params(), g, learningRate, iteration);
    }

    /**
     * Weight decay as PyTorch's optimisers apply it: AdamW shrinks the weights by {@code lr * decay} before its
     * step (decoupled); the others add {@code decay * w} to the gradient after clipping.
     */
    private void decay(INDArray param, INDArray gradient) {
        if (weightDecay == 0) {
            return;
        }
        if (decoupledDecay) {
            param.muli(1.0 - learningRate * weightDecay);
        } else {
            gradient.addi(param.mul(weightDecay));
        }
    }

    private void applyPerTensor(Map<String, INDArray> gradients) {
        if (clipNorm > 0) {
            clipByGlobalNorm(gradients);
        }
        for (Map.Entry<String, ParamUpdate> e : updates.entrySet()) {
            INDArray g = gradients.get(e.getKey());
            if (g == null) {
                continue; // a parameter the loss does not depend on (a dead-end branch): nothing to learn
            }
            if (clipValue > 0) {
                clip(g, clipValue);
            }
            decay(params.get(e.getKey()), g);
            e.getValue().apply(params.get(e.getKey()), g, learningRate, iteration);
        }
    }

    private void clipByGlobalNorm(Map<String, INDArray> gradients) {
        double sum = 0;
        for (INDArray g : gradients.values()) {
            double n = g.norm2Number().doubleValue();
            sum += n * n;
        }
        double norm = Math.sqrt(sum);
        if (norm > clipNorm) {
            double scale = clipNorm / norm;
            gradients.values().forEach(g -> g.muli(scale));
        }
    }

    private static void clip(INDArray g, double limit) {
        Nd4j.exec(DynamicCustomOp.builder("clipbyvalue").addInputs(g).addOutputs(g)
                .addFloatingPointArguments(-limit, limit).build());
    }

    int iteration() {
        return iteration;
    }

    /** The key of the state of the one update over the whole parameter vector (see {@link FlatParameters}). */
    static final String ALL_PARAMETERS = "*";

    /**
     * Copies of the optimiser's state, by the tensor it updates ({@link #ALL_PARAMETERS} when one update runs over
     * the whole vector), then by slot.
     */
    Map<String, Map<String, INDArray>> saveState() {
        Map<String, Map<String, INDArray>> out = new LinkedHashMap<>();
        if (flat != null) {
            out.put(ALL_PARAMETERS, flatUpdate.saveState());
        } else {
            updates.forEach((name, u) -> out.put(name, u.saveState()));
        }
        return out;
    }

    /**
     * Puts state saved by {@link #saveState} back, with the count of steps taken before it (Adam's bias
     * correction depends on it).
     *
     * @throws IllegalArgumentException naming the tensor when the saved state does not fit this optimiser
     */
    void restoreState(Map<String, Map<String, INDArray>> saved, int stepsTaken) {
        Map<String, ParamUpdate> live = flat != null ? Map.of(ALL_PARAMETERS, flatUpdate) : updates;
        // An optimiser without state (plain SGD) leaves no entry at all.
        if (!live.keySet().containsAll(saved.keySet())) {
            throw new IllegalArgumentException("the saved optimiser state is for the tensors " + saved.keySet()
                    + ", not for this network's " + live.keySet());
        }
        live.forEach((name, u) -> {
            try {
                u.restoreState(saved.getOrDefault(name, Map.of()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " (tensor " + name + ")");
            }
        });
        this.iteration = stepsTaken;
    }

    double learningRate() {
        return learningRate;
    }

    void setLearningRate(double lr) {
        this.learningRate = lr;
    }

    double weightDecay() {
        return weightDecay;
    }

    /** The decay used from the next step on. */
    void setWeightDecay(double decay) {
        this.weightDecay = decay;
    }
}
