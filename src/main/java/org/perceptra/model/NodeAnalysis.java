package org.perceptra.model;

import java.util.List;

/**
 * What shape inference found for one node.
 *
 * @param output             output shape, or null when it cannot be computed (an error upstream or here)
 * @param params             trainable parameters (weights and biases)
 * @param nonTrainableParams statistics such as BatchNorm's running mean and variance (Keras counts them in
 *                           its total, PyTorch calls them buffers)
 * @param macs               multiply-adds for one sample
 */
public record NodeAnalysis(NodeId id, List<Shape> inputShapes, Shape output, long params, long nonTrainableParams,
                           long macs) {
    public NodeAnalysis {
        inputShapes = List.copyOf(inputShapes);
    }

    public boolean hasOutput() {
        return output != null;
    }
}
