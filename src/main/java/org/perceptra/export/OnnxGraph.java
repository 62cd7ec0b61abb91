package org.perceptra.export;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * An ONNX graph being built: constants (initializers) and nodes, each node's output named after the node, so
 * that a Perceptra node's ONNX ops read as {@code dense_1/Gemm}, {@code dense_1/Relu}.
 */
final class OnnxGraph {
    private final GraphProto.Builder graph = GraphProto.newBuilder();

    GraphProto.Builder proto() {
        return graph;
    }

    /** A float constant of this shape, values row-major; returns its name. */
    String floats(String name, long[] dims, float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        graph.addInitializer(tensor(name, dims, TensorProto.DataType.FLOAT).setRawData(ByteString.copyFrom(bytes.array())));
        return name;
    }

    /** A 64-bit integer vector constant (shapes for Reshape); returns its name. */
    String longs(String name, long... values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asLongBuffer().put(values);
        graph.addInitializer(tensor(name, new long[] {values.length}, TensorProto.DataType.INT64)
                .setRawData(ByteString.copyFrom(bytes.array())));
        return name;
    }

    private static TensorProto.Builder tensor(String name, long[] dims, TensorProto.DataType type) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(type.getNumber());
        for (long d : dims) {
            t.addDims(d);
        }
        return t;
    }

    /** Adds a node whose single output is named {@code name}; returns that name. */
    String node(String op, String name, String[] inputs, AttributeProto... attributes) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName(name).addOutput(name);
        for (String in : inputs) {
            n.addInput(in);
        }
        for (AttributeProto a : attributes) {
            n.addAttribute(a);
        }
        graph.addNode(n);
        return name;
    }

    /** Adds a node with several outputs ("" for an optional output left out). */
    void node(String op, String name, String[] inputs, String[] outputs, AttributeProto... attributes) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName(name);
        for (String in : inputs) {
            n.addInput(in);
        }
        for (String out : outputs) {
            n.addOutput(out);
        }
        for (AttributeProto a : attributes) {
            n.addAttribute(a);
        }
        graph.addNode(n);
    }

    /** A float scalar constant. */
    String scalar(String name, float value) {
        return floats(name, new long[0], new float[] {value});
    }

    static String[] in(String... names) {
        return names;
    }

    static AttributeProto intAttr(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    static AttributeProto floatAttr(String name, float value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value)
                .build();
    }

    static AttributeProto intsAttr(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            a.addInts(v);
        }
        return a.build();
    }
}
