package org.perceptra.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Activation functions, usable as a layer option (Dense(..., relu)) and as a layer of their own. */
public enum Activation {
    LINEAR("linear", "Passes values through unchanged.", "f(x) = x"),
    RELU("relu", "Keeps positive values, turns negative ones into 0.", "f(x) = max(0, x)"),
    LEAKY_RELU("leaky_relu", "Like ReLU, but negative values keep a small slope so units never go fully silent.",
            "f(x) = x if x > 0, else alpha * x"),
    ELU("elu", "Smooth ReLU: negative values bend towards -1 instead of stopping at 0.",
            "f(x) = x if x > 0, else exp(x) - 1"),
    GELU("gelu", "Smooth ReLU used by transformers: weighs each value by how likely it is to be positive.",
            "f(x) = x * Phi(x)"),
    SWISH("swish", "Swish (SiLU): the value times its own sigmoid; smooth and often a little better than ReLU.",
            "f(x) = x * sigmoid(x)"),
    SIGMOID("sigmoid", "Squashes any value into 0..1; used for yes/no probabilities.", "f(x) = 1 / (1 + exp(-x))"),
    TANH("tanh", "Squashes any value into -1..1, centred on 0.", "f(x) = tanh(x)"),
    SOFTMAX("softmax", "Turns a vector of scores into probabilities that add up to 1; used for choosing one class.",
            "f(x)_i = exp(x_i) / sum_j exp(x_j)");

    private final String id;
    private final String description;
    private final String formula;

    Activation(String id, String description, String formula) {
        this.id = id;
        this.description = description;
        this.formula = formula;
    }

    /** The name used in files and parameters: {@code relu}, {@code leaky_relu}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public String formula() {
        return formula;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Activation::id).toList();
    }

    public static Optional<Activation> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    public static Activation of(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown activation '" + id + "'"));
    }
}
