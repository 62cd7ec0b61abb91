package org.perceptra.model.layers;

/** Averages each window, a gentler summary than max pooling (LeNet-5 used it). */
final class AvgPool2DKind extends Pool2DKind {
    AvgPool2DKind() {
        super("AvgPool2D",
                "Shrinks the image by replacing each small window with the average of its values, a smooth "
                        + "summary of the area.",
                "y[c, i, j] = mean of x[c, s*i + u, s*j + v] over the window");
    }
}
