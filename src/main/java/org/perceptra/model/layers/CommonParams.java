package org.perceptra.model.layers;

import java.util.ArrayList;
import java.util.List;
import org.perceptra.model.Activation;
import org.perceptra.model.ParamSpec;

/** Parameter declarations shared by several kinds, so they read and validate the same everywhere. */
final class CommonParams {
    static final String ACTIVATION = "activation";
    static final String NEGATIVE_SLOPE = "negativeSlope";
    static final String USE_BIAS = "useBias";
    static final String WEIGHT_INIT = "weightInit";
    static final String INIT_VALUE = "initValue";
    static final String L1 = "l1";
    static final String L2 = "l2";

    static final List<String> INITS = List.of("glorot_uniform", "glorot_normal", "he_uniform", "he_normal",
            "lecun_normal", "zeros", "constant");

    /** Largest unit/filter count accepted: enough for any classroom network, small enough to catch typos. */
    static final int MAX_UNITS = 1_000_000;

    private CommonParams() {
    }

    static ParamSpec activation(String def) {
        return ParamSpec.choice(ACTIVATION, "Activation", def, Activation.ids(),
                "The function applied to each output value (relu is a good default for hidden layers).");
    }

    static ParamSpec negativeSlope() {
        return ParamSpec.real(NEGATIVE_SLOPE, "Negative slope", 0.01, 0.0, 1.0,
                "For Leaky ReLU: how steep the line is for negative inputs.");
    }

    /** Activation choice plus the Leaky ReLU slope. */
    static List<ParamSpec> activationParams(String def) {
        return List.of(activation(def), negativeSlope());
    }

    /** Bias switch, weight initialisation and L1/L2 penalties of a layer with a weight matrix or kernel. */
    static List<ParamSpec> weightParams(String defaultInit) {
        return List.of(
                ParamSpec.flag(USE_BIAS, "Use bias", true, "Add a learned offset to each output."),
                ParamSpec.choice(WEIGHT_INIT, "Weight init", defaultInit, INITS,
                        "How the weights start before training: Glorot suits tanh/sigmoid, He suits ReLU."),
                ParamSpec.real(INIT_VALUE, "Init constant", 0.0, -1000.0, 1000.0,
                        "The starting value of every weight when Weight init is 'constant'."),
                ParamSpec.real(L1, "L1 penalty", 0.0, 0.0, 10.0,
                        "Pushes weights to exactly zero; 0 turns it off."),
                ParamSpec.real(L2, "L2 penalty", 0.0, 0.0, 10.0,
                        "Keeps weights small to fight overfitting; 0 turns it off."));
    }

    @SafeVarargs
    static List<ParamSpec> concat(List<ParamSpec>... parts) {
        List<ParamSpec> all = new ArrayList<>();
        for (List<ParamSpec> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
