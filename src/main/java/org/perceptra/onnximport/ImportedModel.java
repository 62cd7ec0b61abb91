package org.perceptra.onnximport;

import java.util.List;
import org.perceptra.project.Project;

/**
 * An ONNX model read into Perceptra: a project whose results hold the weights and scalers (so it predicts at
 * once), and what the file says about the data it knew (class and feature names, written by Perceptra's export
 * and empty for models from elsewhere).
 *
 * @param notes sentences for the student: what was left out or guessed
 */
public record ImportedModel(Project project, List<String> classNames, List<String> featureNames,
                            List<String> notes) {
    public ImportedModel {
        classNames = List.copyOf(classNames);
        featureNames = List.copyOf(featureNames);
        notes = List.copyOf(notes);
    }
}
