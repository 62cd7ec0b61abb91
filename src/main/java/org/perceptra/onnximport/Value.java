package org.perceptra.onnximport;

import org.perceptra.model.NodeId;
import org.perceptra.model.Shape;

/**
 * What flows along an ONNX tensor, seen from Perceptra: the layer that makes it, its Perceptra shape (batch
 * excluded), and how the ONNX tensor arranges it.
 */
record Value(NodeId node, Shape shape, Layout layout) {
    Value as(Layout other) {
        return new Value(node, shape, other);
    }
}
