package org.perceptra.model;

/** Palette groups. Each family has one colour on the canvas. */
public enum LayerFamily {
    INPUT("Inputs"),
    CORE("Core"),
    CONVOLUTION("Convolution"),
    POOLING("Pooling"),
    NORMALIZATION("Normalization"),
    REGULARIZATION("Regularization"),
    RECURRENT("Recurrent"),
    ATTENTION("Attention"),
    MERGE("Merge"),
    OUTPUT("Output");

    private final String title;

    LayerFamily(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
