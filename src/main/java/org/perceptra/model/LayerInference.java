package org.perceptra.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a layer kind says about one node given its input shapes: the output shape (null when it cannot be
 * computed), trainable and non-trainable parameter counts, multiply-adds per sample, and any problems found.
 * Problems carry no node id yet; {@link ShapeInference} stamps it.
 */
public record LayerInference(Shape output, long params, long nonTrainableParams, long macs, List<Diagnostic> issues) {
    public LayerInference {
        issues = List.copyOf(issues);
    }

    public static LayerInference of(Shape output, long params, long macs) {
        return new LayerInference(output, params, 0, macs, List.of());
    }

    /** Shape passes through unchanged, no weights (Dropout, Activation...). */
    public static LayerInference passThrough(Shape input) {
        return of(input, 0, 0);
    }

    public static LayerInference failed(String code, String message, String fix) {
        return new LayerInference(null, 0, 0, 0, List.of(Diagnostic.error(null, code, message, fix)));
    }

    public LayerInference withNonTrainable(long count) {
        return new LayerInference(output, params, count, macs, issues);
    }

    public LayerInference withWarning(String code, String message, String fix) {
        List<Diagnostic> more = new ArrayList<>(issues);
        more.add(Diagnostic.warning(null, code, message, fix));
        return new LayerInference(output, params, nonTrainableParams, macs, more);
    }

    public boolean hasOutput() {
        return output != null;
    }
}
