package org.perceptra.ui.live;

import java.util.List;
import org.perceptra.data.Dataset;
import org.perceptra.data.PreparedData;
import org.perceptra.ui.data.SampleImages;
import org.perceptra.ui.live.evaluation.EvaluatedPart;

/**
 * What the views know about a run before its first step: whether it classifies, the class names, the samples as
 * the network sees them (scaled) for plotting points over a decision boundary, and the part whose answers the
 * evaluation views show (shared with the prepared data, not copied).
 */
public record RunInfo(boolean classification, List<String> classNames, PlanePoints points, EvaluatedPart evaluated) {
    public RunInfo {
        classNames = List.copyOf(classNames);
    }

    public RunInfo(boolean classification, List<String> classNames, PlanePoints points) {
        this(classification, classNames, points, EvaluatedPart.NONE);
    }

    public static final RunInfo NONE = new RunInfo(true, List.of(), PlanePoints.EMPTY);

    public static RunInfo of(PreparedData data) {
        Dataset train = data.train();
        return new RunInfo(train.isClassification(), train.isClassification() ? train.classNames() : List.of(),
                PlanePoints.of(data), EvaluatedPart.of(data, SampleImages.picture(train.featureShape())));
    }

    /** Two classes: the evaluation shows a ROC curve. */
    public boolean binary() {
        return classification && classNames.size() == 2;
    }

    /** Classes of pictures (digits, MNIST, image folders): the evaluation shows the samples themselves. */
    public boolean classifiesPictures() {
        return classification && evaluated.pictureShape().isPresent();
    }
}
