package org.perceptra.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.perceptra.model.TrainingSettings;

/**
 * Turns the project's optimiser choice into one {@link ParamUpdate} per parameter. Constants not in the
 * settings follow PyTorch where ND4J's defaults differ from it, so the reference script can use its
 * defaults: Adam/Nadam betas 0.9 and 0.999 with epsilon 1e-8; RMSprop decay 0.9 (Keras's rho; ND4J's
 * default is 0.95); AdaGrad epsilon 1e-6 (ND4J's). Weight decay applies to every trainable tensor, as
 * PyTorch's optimisers do: decoupled for AdamW, added to the gradient for the others. Adam runs as
 * {@link FusedAdam} (ND4J's arithmetic, several times faster) on the arrays it can read directly, the parameter
 * vector of {@link FlatParameters} among them.
 */
final class Optimizers {
    static final double RMSPROP_DECAY = 0.9;

    private Optimizers() {
    }

    static ParamUpdate create(TrainingSettings s, INDArray param) {
        double lr = s.learningRate();
        ParamUpdate base = switch (s.optimizer()) {
            case SGD -> ParamUpdate.nd4j(new Sgd(lr), param);
            case MOMENTUM -> ParamUpdate.momentum(s.momentum(), param);
            case NESTEROV -> ParamUpdate.nd4j(new Nesterovs(lr, s.momentum()), param);
            case RMSPROP -> ParamUpdate.nd4j(new RmsProp(lr, RMSPROP_DECAY, RmsProp.DEFAULT_RMSPROP_EPSILON), param);
            case ADAGRAD -> ParamUpdate.nd4j(new AdaGrad(lr), param);
            case ADAM, ADAMW -> FusedAdam.fits(param) ? new FusedAdam(new Adam(lr), param)
                    : ParamUpdate.nd4j(new Adam(lr), param);
            case NADAM -> ParamUpdate.nd4j(new Nadam(lr), param);
        };
        if (s.weightDecay() == 0) {
            return base;
        }
        return s.optimizer() == TrainingSettings.Optimizer.ADAMW
                ? ParamUpdate.decoupledDecay(base, s.weightDecay())
                : ParamUpdate.coupledDecay(base, s.weightDecay());
    }
}
