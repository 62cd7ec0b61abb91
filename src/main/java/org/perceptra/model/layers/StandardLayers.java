package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerKind;

/** The standard catalogue, in palette order. */
public final class StandardLayers {
    public static final LayerKind INPUT = new InputKind();
    public static final LayerKind DENSE = new DenseKind();
    public static final LayerKind FLATTEN = new FlattenKind();
    public static final LayerKind ADD = new AddKind();
    public static final LayerKind OUTPUT = new OutputKind();

    private StandardLayers() {
    }

    public static List<LayerKind> all() {
        return List.of(INPUT, DENSE, FLATTEN, ADD, OUTPUT);
    }
}
