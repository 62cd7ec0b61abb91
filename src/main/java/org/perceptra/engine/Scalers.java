package org.perceptra.engine;

import java.util.Objects;
import java.util.Optional;
import org.perceptra.data.FeatureScaler;
import org.perceptra.data.PreparedData;
import org.perceptra.data.TargetScaler;

/**
 * The scalings a trained network was trained with, fitted on the training part: features go in scaled by
 * {@code features}; regression targets were learned scaled by {@code targets} (absent for classification).
 * Stored with the weights, so that evaluating or predicting later scales exactly as training did instead of
 * fitting again.
 */
public record Scalers(FeatureScaler features, TargetScaler targets) {
    public Scalers {
        Objects.requireNonNull(features, "features");
    }

    /** What a network trained with: the data's feature scaler, and the targets' as the network saw them. */
    public static Scalers of(PreparedData data, NetworkData seen) {
        return new Scalers(data.scaler(), seen.targets().orElse(null));
    }

    public Optional<TargetScaler> targetScaler() {
        return Optional.ofNullable(targets);
    }
}
