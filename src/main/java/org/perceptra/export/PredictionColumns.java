package org.perceptra.export;

import java.util.ArrayList;
import java.util.List;
import org.perceptra.data.Dataset;
import org.perceptra.data.PredictionInput;

/**
 * What an exported {@code predict.py} reads and writes, in {@code perceptra predict}'s layout: the feature
 * columns its input CSV must name ({@code colour=red} read from the column {@code colour}), and either the class
 * names (it writes {@code p(class)} per class and {@code predicted}) or the names of the predicted values.
 *
 * @param features    the feature columns, in the network's order
 * @param classNames  the classes, in the output's order; empty for regression
 * @param valueNames  the header of each regression value; empty for classification
 */
public record PredictionColumns(List<String> features, List<String> classNames, List<String> valueNames) {
    public PredictionColumns {
        features = List.copyOf(features);
        classNames = List.copyOf(classNames);
        valueNames = List.copyOf(valueNames);
    }

    /** As {@code perceptra predict} names them for this data and a network of {@code outputs} values. */
    public static PredictionColumns of(Dataset reference, int outputs) {
        List<String> features = PredictionInput.featureColumns(reference);
        if (reference.isClassification()) {
            return new PredictionColumns(features, reference.classNames(), List.of());
        }
        String target = reference.targetName() == null || reference.targetName().isBlank()
                ? "prediction" : reference.targetName();
        List<String> values = new ArrayList<>();
        for (int k = 0; k < outputs; k++) {
            values.add(outputs == 1 ? target : target + "[" + k + "]");
        }
        return new PredictionColumns(features, List.of(), values);
    }

    public boolean isClassification() {
        return !classNames.isEmpty();
    }
}
