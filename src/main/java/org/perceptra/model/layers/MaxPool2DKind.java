package org.perceptra.model.layers;

/** Keeps the largest value of each window: "was the pattern found anywhere here?". */
final class MaxPool2DKind extends Pool2DKind {
    MaxPool2DKind() {
        super("MaxPool2D",
                "Shrinks the image by keeping only the largest value in each small window, so a pattern counts as "
                        + "found if it appears anywhere in the window.",
                "y[c, i, j] = max of x[c, s*i + u, s*j + v] over the window");
    }
}
