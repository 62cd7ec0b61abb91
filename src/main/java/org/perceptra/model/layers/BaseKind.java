package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerKind;
import org.perceptra.model.ParamSpec;

/** The declarative part every layer kind shares; subclasses add {@code infer} and {@code summary}. */
abstract class BaseKind implements LayerKind {
    static final int MANY = Integer.MAX_VALUE;

    private final String id;
    private final String displayName;
    private final LayerFamily family;
    private final String description;
    private final String formula;
    private final List<ParamSpec> params;
    private final int minInputs;
    private final int maxInputs;

    BaseKind(String id, String displayName, LayerFamily family, String description, String formula,
             List<ParamSpec> params, int minInputs, int maxInputs) {
        this.id = id;
        this.displayName = displayName;
        this.family = family;
        this.description = description;
        this.formula = formula;
        this.params = List.copyOf(params);
        this.minInputs = minInputs;
        this.maxInputs = maxInputs;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public LayerFamily family() {
        return family;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String formula() {
        return formula;
    }

    @Override
    public List<ParamSpec> params() {
        return params;
    }

    @Override
    public int minInputs() {
        return minInputs;
    }

    @Override
    public int maxInputs() {
        return maxInputs;
    }

    @Override
    public String toString() {
        return id;
    }
}
