package org.perceptra.onnximport;

/**
 * How an ONNX tensor between two nodes is arranged compared with the Perceptra value it carries. Perceptra's
 * values are [batch, sample...]; some ONNX ops leave a batch-inner or extra-ones arrangement that only a
 * following Squeeze, Transpose or Flatten undoes, so a value remembers it until then.
 */
enum Layout {
    /** [batch, sample...], as Perceptra. */
    PLAIN,
    /** A sequence as [steps, batch, features] (the recurrent ops' input at opset 13). */
    TIME_MAJOR,
    /** A recurrent op's Y: [steps, directions, batch, units]. */
    ALL_STATES,
    /** A recurrent op's Y_h: [directions, batch, units]. */
    LAST_STATE,
    /** Global pooling with kept dimensions: [batch, channels, 1, 1] for a Perceptra [channels]. */
    POOLED
}
