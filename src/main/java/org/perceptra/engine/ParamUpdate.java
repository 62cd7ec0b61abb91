package org.perceptra.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One parameter's optimiser: turns its gradient into a step and applies it in place. Each parameter owns its
 * optimiser state (Adam's moments, momentum's velocity), so parameters can be updated one after another.
 */
interface ParamUpdate {
    /**
     * @param gradient   this step's gradient; may be overwritten
     * @param iteration  steps taken before this one (0 on the first)
     */
    void apply(INDArray param, INDArray gradient, double learningRate, int iteration);

    /** An ND4J updater (org.nd4j.linalg.learning): it rewrites the gradient into the step to subtract. */
    static ParamUpdate nd4j(IUpdater config, INDArray param) {
        INDArray state = config.stateSize(param.length()) == 0 ? null
                : Nd4j.zeros(param.dataType(), 1, config.stateSize(param.length()));
        GradientUpdater<?> updater = config.instantiate(state, true);
        return (p, g, lr, iteration) -> {
            // The updaters read the rate from their config on every call, so a schedule just sets it here.
            config.setLrAndSchedule(lr, null);
            updater.applyUpdater(g, iteration, 0);
            p.subi(g);
        };
    }

    /**
     * Classical (heavy-ball) momentum as PyTorch writes it, {@code v = mu v + g; p -= lr v}. ND4J only has
     * the Nesterov variant.
     */
    static ParamUpdate momentum(double mu, INDArray param) {
        INDArray velocity = param.ulike();
        return (p, g, lr, iteration) -> {
            velocity.muli(mu).addi(g);
            p.subi(velocity.mul(lr));
        };
    }

    /**
     * AdamW (Loshchilov and Hutter): the weights shrink by {@code lr * decay} on their own, outside Adam's
     * scaling, which ND4J's updaters do not offer. Applied before the Adam step, as PyTorch does.
     */
    static ParamUpdate decoupledDecay(ParamUpdate inner, double decay) {
        return (p, g, lr, iteration) -> {
            p.muli(1.0 - lr * decay);
            inner.apply(p, g, lr, iteration);
        };
    }

    /** Classic weight decay: {@code decay * w} joins the gradient before the optimiser sees it (PyTorch's). */
    static ParamUpdate coupledDecay(ParamUpdate inner, double decay) {
        return (p, g, lr, iteration) -> {
            g.addi(p.mul(decay));
            inner.apply(p, g, lr, iteration);
        };
    }
}
