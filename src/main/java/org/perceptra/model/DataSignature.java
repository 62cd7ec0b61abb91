package org.perceptra.model;

import java.util.List;
import java.util.Objects;

/**
 * What a dataset looks like to the network: the shape of one sample's features and what the targets are.
 * The validator compares it with the graph's Input and Output nodes.
 *
 * @param features   shape of one sample's features, batch excluded
 * @param targetKind classes (classification) or values (regression)
 * @param targetSize number of classes, or number of regression values per sample
 * @param classNames class labels when known (may be empty)
 */
public record DataSignature(Shape features, TargetKind targetKind, int targetSize, List<String> classNames) {
    public enum TargetKind { CLASSES, VALUES }

    public DataSignature {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(targetKind, "targetKind");
        classNames = List.copyOf(classNames);
        if (targetSize < 1) {
            throw new IllegalArgumentException("targetSize must be positive");
        }
    }

    public static DataSignature classes(Shape features, int classCount) {
        return new DataSignature(features, TargetKind.CLASSES, classCount, List.of());
    }

    public static DataSignature classes(Shape features, List<String> names) {
        return new DataSignature(features, TargetKind.CLASSES, names.size(), names);
    }

    public static DataSignature values(Shape features, int valueCount) {
        return new DataSignature(features, TargetKind.VALUES, valueCount, List.of());
    }

    public boolean isClassification() {
        return targetKind == TargetKind.CLASSES;
    }

    public String describeTargets() {
        return isClassification() ? targetSize + " classes" : targetSize + (targetSize == 1 ? " value" : " values");
    }
}
