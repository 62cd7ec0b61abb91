package org.perceptra.export;

import java.nio.file.Path;
import java.util.List;
import org.perceptra.data.DataException;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetLoader;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.PredictionInput;

/**
 * The names an exported model carries in its metadata, so that an import or a predict on the file says "setosa"
 * and reads the column "petal_length" instead of numbers: the data's class names (classification only) and its
 * feature columns. Data that cannot be loaded now gives none; the model itself does not need them.
 */
public record DataNames(List<String> classNames, List<String> featureNames) {
    public static final DataNames NONE = new DataNames(List.of(), List.of());

    public DataNames {
        classNames = List.copyOf(classNames);
        featureNames = List.copyOf(featureNames);
    }

    public static DataNames of(Dataset data) {
        return new DataNames(data.isClassification() ? data.classNames() : List.of(),
                PredictionInput.featureColumns(data));
    }

    /** Loads the project's data to read its names; none when it cannot be loaded. */
    public static DataNames of(DatasetSpec spec, Path projectFolder) {
        try {
            return of(DatasetLoader.load(spec.source(), projectFolder));
        } catch (DataException | RuntimeException e) {
            return NONE;
        }
    }
}
