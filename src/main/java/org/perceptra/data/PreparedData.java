package org.perceptra.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A dataset ready for training: split into parts, and scaled with a {@link FeatureScaler} fitted on the training
 * part alone. Keep the scaler with the trained model: new samples must be scaled the same way to be predicted.
 * An empty validation or test part has size 0.
 */
public record PreparedData(Dataset train, Dataset validation, Dataset test, FeatureScaler scaler) {
    /** Splits and scales as the spec says; {@code folds} is ignored here (see {@link #prepareFolds}). */
    public static PreparedData prepare(Dataset all, DatasetSpec spec) {
        return prepare(all, Splits.split(all, spec.split()), spec.normalization());
    }

    /**
     * Splits as the spec says but scales with {@code scaler}, fitted before (stored with trained weights), so
     * that a trained network sees its data exactly as in training.
     *
     * @throws IllegalArgumentException when the scaler was fitted on samples of another shape
     */
    public static PreparedData prepare(Dataset all, DatasetSpec spec, FeatureScaler scaler) {
        SplitIndices parts = Splits.split(all, spec.split());
        return new PreparedData(scaler.apply(all.subset(parts.train())), scaler.apply(all.subset(parts.validation())),
                scaler.apply(all.subset(parts.test())), scaler);
    }

    /** One prepared set per fold of k-fold cross-validation, each with its own scaler. */
    public static List<PreparedData> prepareFolds(Dataset all, DatasetSpec spec) throws DataException {
        List<PreparedData> folds = new ArrayList<>();
        for (SplitIndices parts : Splits.folds(all, spec.split())) {
            folds.add(prepare(all, parts, spec.normalization()));
        }
        return folds;
    }

    public static PreparedData prepare(Dataset all, SplitIndices parts, DatasetSpec.Normalization normalization) {
        Dataset train = all.subset(parts.train());
        FeatureScaler scaler = FeatureScaler.fit(train, normalization);
        return new PreparedData(scaler.apply(train), scaler.apply(all.subset(parts.validation())),
                scaler.apply(all.subset(parts.test())), scaler);
    }
}
