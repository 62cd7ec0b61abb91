package org.perceptra.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of layer (Dense, Conv2D, ...), self-describing: its parameters, how many inputs it takes, what it
 * computes, and how it transforms shapes. One declaration feeds the palette, inspector, tooltips, CLI,
 * file format and validation.
 */
public interface LayerKind {
    /** Stable name in project files: {@code Dense}, {@code Conv2D}. */
    String id();

    /** Name shown to students, may contain spaces. */
    default String displayName() {
        return id();
    }

    LayerFamily family();

    /** What the layer does, in one or two sentences a student understands. */
    String description();

    /** Its formula in plain text, for the tooltip. */
    String formula();

    List<ParamSpec> params();

    /** Fewest wires that may come in (0 for Input). */
    int minInputs();

    /** Most wires that may come in ({@link Integer#MAX_VALUE} for merges). */
    int maxInputs();

    /**
     * Output shape, parameter and multiply-add counts for these input shapes. Called only with
     * {@code minInputs() <= inputs.size() <= maxInputs()} and params that passed their specs. Never throws:
     * problems go into {@link LayerInference#issues()}.
     */
    LayerInference infer(List<Shape> inputs, Params params);

    /** Key parameters in a few characters for the canvas, e.g. "64, relu". */
    default String summary(Params params) {
        return "";
    }

    /** The default name prefix for new nodes: {@code dense} gives dense_1, dense_2... */
    default String namePrefix() {
        return id().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    default Optional<ParamSpec> param(String name) {
        return params().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    default Params defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec p : params()) {
            values.put(p.name(), p.defaultValue());
        }
        return Params.of(values);
    }

    /** Defaults with the given values on top; each value is checked against its spec. */
    default Params defaults(Map<String, ?> overrides) {
        Params p = defaults();
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            ParamSpec spec = param(e.getKey()).orElseThrow(
                    () -> new IllegalArgumentException(id() + " has no parameter '" + e.getKey() + "'"));
            ParamSpec.Coerced c = spec.coerce(e.getValue());
            if (!c.ok()) {
                throw new IllegalArgumentException(c.problem());
            }
            spec.check(c.value()).ifPresent(msg -> {
                throw new IllegalArgumentException(msg);
            });
            p = p.with(e.getKey(), c.value());
        }
        return p;
    }
}
