package org.perceptra.ui.live;

import java.util.List;
import org.perceptra.data.Dataset;
import org.perceptra.data.PreparedData;

/**
 * What the views know about a run before its first step: whether it classifies, the class names, and the
 * samples as the network sees them (scaled), for plotting points over a decision boundary.
 */
public record RunInfo(boolean classification, List<String> classNames, PlanePoints points) {
    public RunInfo {
        classNames = List.copyOf(classNames);
    }

    public static final RunInfo NONE = new RunInfo(true, List.of(), PlanePoints.EMPTY);

    public static RunInfo of(PreparedData data) {
        Dataset train = data.train();
        return new RunInfo(train.isClassification(), train.isClassification() ? train.classNames() : List.of(),
                PlanePoints.of(data));
    }
}
