package org.perceptra.model.layers;

import java.util.List;
import org.perceptra.model.LayerKind;

/** The standard catalogue, in palette order. */
public final class StandardLayers {
    public static final LayerKind INPUT = new InputKind();
    public static final LayerKind DENSE = new DenseKind();
    public static final LayerKind ACTIVATION = new ActivationKind();
    public static final LayerKind FLATTEN = new FlattenKind();
    public static final LayerKind RESHAPE = new ReshapeKind();
    public static final LayerKind CONV2D = new Conv2DKind();
    public static final LayerKind MAX_POOL2D = new MaxPool2DKind();
    public static final LayerKind AVG_POOL2D = new AvgPool2DKind();
    public static final LayerKind GLOBAL_AVERAGE_POOL2D = new GlobalAveragePool2DKind();
    public static final LayerKind BATCH_NORM = new BatchNormKind();
    public static final LayerKind LAYER_NORM = new LayerNormKind();
    public static final LayerKind DROPOUT = new DropoutKind();
    public static final LayerKind EMBEDDING = new EmbeddingKind();
    public static final LayerKind SIMPLE_RNN = new SimpleRnnKind();
    public static final LayerKind LSTM = new LstmKind();
    public static final LayerKind GRU = new GruKind();
    public static final LayerKind POSITIONAL_ENCODING = new PositionalEncodingKind();
    public static final LayerKind MULTI_HEAD_SELF_ATTENTION = new MultiHeadSelfAttentionKind();
    public static final LayerKind ADD = new AddKind();
    public static final LayerKind CONCATENATE = new ConcatenateKind();
    public static final LayerKind OUTPUT = new OutputKind();

    private StandardLayers() {
    }

    public static List<LayerKind> all() {
        return List.of(INPUT,
                DENSE, ACTIVATION, FLATTEN, RESHAPE,
                CONV2D,
                MAX_POOL2D, AVG_POOL2D, GLOBAL_AVERAGE_POOL2D,
                BATCH_NORM, LAYER_NORM,
                DROPOUT,
                EMBEDDING, SIMPLE_RNN, LSTM, GRU,
                POSITIONAL_ENCODING, MULTI_HEAD_SELF_ATTENTION,
                ADD, CONCATENATE,
                OUTPUT);
    }
}
