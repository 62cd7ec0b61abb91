package org.perceptra.onnximport;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import java.util.List;
import java.util.Optional;

/** One ONNX node with its attributes read by name, defaults as the ONNX operator specification gives them. */
record OnnxNode(NodeProto proto) {
    String op() {
        return proto.getOpType();
    }

    String name() {
        return proto.getName().isEmpty() ? proto.getOutput(0) : proto.getName();
    }

    /** "Conv (node '/conv1/Conv')", for messages. */
    String describe() {
        return op() + " (node '" + name() + "')";
    }

    /** The name of input {@code i}, or "" when it is absent or left out. */
    String input(int i) {
        return i < proto.getInputCount() ? proto.getInput(i) : "";
    }

    List<String> inputs() {
        return proto.getInputList();
    }

    String output(int i) {
        return i < proto.getOutputCount() ? proto.getOutput(i) : "";
    }

    private Optional<AttributeProto> attribute(String name) {
        return proto.getAttributeList().stream().filter(a -> a.getName().equals(name)).findFirst();
    }

    boolean has(String name) {
        return attribute(name).isPresent();
    }

    long integer(String name, long fallback) {
        return attribute(name).map(AttributeProto::getI).orElse(fallback);
    }

    float real(String name, float fallback) {
        return attribute(name).map(AttributeProto::getF).orElse(fallback);
    }

    String text(String name, String fallback) {
        return attribute(name).map(a -> a.getS().toStringUtf8()).orElse(fallback);
    }

    Optional<long[]> integers(String name) {
        return attribute(name).map(a -> a.getIntsList().stream().mapToLong(Long::longValue).toArray());
    }

    List<String> texts(String name) {
        return attribute(name).map(a -> a.getStringsList().stream().map(s -> s.toStringUtf8()).toList())
                .orElse(List.of());
    }

    Optional<AttributeProto> tensorAttribute(String name) {
        return attribute(name).filter(a -> a.hasT());
    }
}
