package org.perceptra.engine;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One parameter's optimiser: turns its gradient into a step and applies it in place. Each parameter owns its
 * optimiser state (Adam's moments, momentum's velocity), so parameters can be updated one after another. The state
 * can be copied out and put back ({@link #saveState}, {@link #restoreState}), so that a saved project continues
 * training exactly where it stopped.
 */
interface ParamUpdate {
    /**
     * @param gradient   this step's gradient; may be overwritten
     * @param iteration  steps taken before this one (0 on the first)
     */
    void apply(INDArray param, INDArray gradient, double learningRate, int iteration);

    /** Copies of the running state by slot name ({@code "m"}, {@code "velocity"}, ...); empty when it keeps none. */
    default Map<String, INDArray> saveState() {
        return Map.of();
    }

    /**
     * Puts state saved by {@link #saveState} of an optimiser like this one back.
     *
     * @throws IllegalArgumentException naming the slot when the slots or their sizes differ
     */
    default void restoreState(Map<String, INDArray> saved) {
        Slots.restore(saved, Map.of());
    }

    /** An ND4J updater (org.nd4j.linalg.learning): it rewrites the gradient into the step to subtract. */
    static ParamUpdate nd4j(IUpdater config, INDArray param) {
        return new Nd4jUpdate(config, param);
    }

    /**
     * Classical (heavy-ball) momentum as PyTorch writes it, {@code v = mu v + g; p -= lr v}. ND4J only has
     * the Nesterov variant.
     */
    static ParamUpdate momentum(double mu, INDArray param) {
        return new Momentum(mu, param.ulike());
    }

    /**
     * AdamW (Loshchilov and Hutter): the weights shrink by {@code lr * decay} on their own, outside Adam's
     * scaling, which ND4J's updaters do not offer. Applied before the Adam step, as PyTorch does.
     */
    static ParamUpdate decoupledDecay(ParamUpdate inner, double decay) {
        return new Decayed(inner, decay, true);
    }

    /** Classic weight decay: {@code decay * w} joins the gradient before the optimiser sees it (PyTorch's). */
    static ParamUpdate coupledDecay(ParamUpdate inner, double decay) {
        return new Decayed(inner, decay, false);
    }

    /** ND4J's updaters keep their whole state in one array they were given (Adam: both moments, one after the other). */
    final class Nd4jUpdate implements ParamUpdate {
        private final IUpdater config;
        private final INDArray state;
        private final GradientUpdater<?> updater;

        private Nd4jUpdate(IUpdater config, INDArray param) {
            this.config = config;
            this.state = config.stateSize(param.length()) == 0 ? null
                    : Nd4j.zeros(param.dataType(), 1, config.stateSize(param.length()));
            this.updater = config.instantiate(state, true);
        }

        @Override
        public void apply(INDArray p, INDArray g, double lr, int iteration) {
            // The updaters read the rate from their config on every call, so a schedule just sets it here.
            config.setLrAndSchedule(lr, null);
            updater.applyUpdater(g, iteration, 0);
            p.subi(g);
        }

        @Override
        public Map<String, INDArray> saveState() {
            return state == null ? Map.of() : Map.of("state", state.dup());
        }

        @Override
        public void restoreState(Map<String, INDArray> saved) {
            Slots.restore(saved, state == null ? Map.of() : Map.of("state", state));
        }
    }

    /** Heavy-ball momentum; its velocity is its state. */
    final class Momentum implements ParamUpdate {
        private final double mu;
        private final INDArray velocity;

        private Momentum(double mu, INDArray velocity) {
            this.mu = mu;
            this.velocity = velocity;
        }

        @Override
        public void apply(INDArray p, INDArray g, double lr, int iteration) {
            velocity.muli(mu).addi(g);
            p.subi(velocity.mul(lr));
        }

        @Override
        public Map<String, INDArray> saveState() {
            return Map.of("velocity", velocity.dup());
        }

        @Override
        public void restoreState(Map<String, INDArray> saved) {
            Slots.restore(saved, Map.of("velocity", velocity));
        }
    }

    /** Weight decay around another optimiser; the state is the inner one's. */
    final class Decayed implements ParamUpdate {
        private final ParamUpdate inner;
        private final double decay;
        private final boolean decoupled;

        private Decayed(ParamUpdate inner, double decay, boolean decoupled) {
            this.inner = inner;
            this.decay = decay;
            this.decoupled = decoupled;
        }

        @Override
        public void apply(INDArray p, INDArray g, double lr, int iteration) {
            if (decoupled) {
                p.muli(1.0 - lr * decay);
            } else {
                g.addi(p.mul(decay));
            }
            inner.apply(p, g, lr, iteration);
        }

        @Override
        public Map<String, INDArray> saveState() {
            return inner.saveState();
        }

        @Override
        public void restoreState(Map<String, INDArray> saved) {
            inner.restoreState(saved);
        }
    }

    /** Copies saved slots into live ones, refusing any difference in names, sizes or number types. */
    final class Slots {
        private Slots() {
        }

        static void restore(Map<String, INDArray> saved, Map<String, INDArray> live) {
            if (!saved.keySet().equals(live.keySet())) {
                throw new IllegalArgumentException("the saved optimiser state holds " + saved.keySet()
                        + " but this optimiser keeps " + live.keySet());
            }
            live.forEach((name, target) -> {
                INDArray value = saved.get(name);
                if (value.length() != target.length() || value.dataType() != target.dataType()) {
                    throw new IllegalArgumentException("the saved optimiser state '" + name + "' has " + value.length()
                            + " " + value.dataType() + " values, but this optimiser keeps " + target.length() + " "
                            + target.dataType());
                }
                target.assign(value.reshape(target.shape()));
            });
        }
    }
}
