package org.perceptra.onnximport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files Perceptra cannot open are refused in a sentence that names the problem, never with a stack trace. */
class ImportRefusalsTest {
    private static final Path MLP = Path.of("src/test/resources/onnx/pytorch-mlp.onnx");
    private static final Path CNN = Path.of("src/test/resources/onnx/pytorch-cnn.onnx");

    @Test
    void anUnsupportedOperatorIsNamedWithItsNode() throws Exception {
        byte[] bytes = edited(MLP, "/Tanh", n -> n.setOpType("HardSwish"));
        assertThatThrownBy(() -> OnnxImport.read(bytes, "mlp.onnx"))
                .isInstanceOf(OnnxImportException.class)
                .hasMessageContaining("operator HardSwish (node '/Tanh')")
                .hasMessageContaining("the operators read are");
    }

    @Test
    void aPaddingPerceptraCannotExpressIsNamed() throws Exception {
        byte[] bytes = edited(CNN, "/conv1/Conv", n -> n.clearAttribute().addAttribute(AttributeProto.newBuilder()
                .setName("pads").setType(AttributeProto.AttributeType.INTS).addAllInts(List.of(2L, 2L, 0L, 0L))));
        assertThatThrownBy(() -> OnnxImport.read(bytes, "cnn.onnx"))
                .isInstanceOf(OnnxImportException.class)
                .hasMessageContaining("Conv (node '/conv1/Conv')")
                .hasMessageContaining("padding [2, 2, 0, 0]");
    }

    @Test
    void aModelNotEndingInAFullyConnectedLayerIsRefusedWithTheReason() throws Exception {
        var pooled = ModelProto.parseFrom(Files.readAllBytes(CNN)).getGraph().toBuilder();
        String flattened = "/flatten/Flatten_output_0";
        while (!pooled.getNode(pooled.getNodeCount() - 1).getOutput(0).equals(flattened)) {
            pooled.removeNode(pooled.getNodeCount() - 1);
        }
        pooled.setOutput(0, pooled.getOutput(0).toBuilder().setName(flattened));
        byte[] endsInFlatten = ModelProto.parseFrom(Files.readAllBytes(CNN)).toBuilder().setGraph(pooled).build()
                .toByteArray();
        assertThatThrownBy(() -> OnnxImport.read(endsInFlatten, "cnn.onnx"))
                .isInstanceOf(OnnxImportException.class)
                .hasMessageContaining("ends in a Flatten layer ('flatten')")
                .hasMessageContaining("Output layer");
    }

    @Test
    void aTruncatedFileIsRefusedAsDamagedWhereverItIsCut() throws Exception {
        byte[] whole = Files.readAllBytes(CNN);
        for (int length = 0; length < whole.length; length += 37) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> OnnxImport.read(cut, "cut.onnx"))
                    .as("cut at %d bytes", length)
                    .isInstanceOf(OnnxImportException.class)
                    .message().isNotBlank();
        }
        assertThatThrownBy(() -> OnnxImport.read(Arrays.copyOf(whole, whole.length / 2), "cut.onnx"))
                .hasMessageContaining("cut.onnx is not an ONNX model, or it is damaged");
    }

    @Test
    void textAndMissingFilesAreRefusedByName(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("notes.onnx");
        Files.writeString(text, "this is not a model\n");
        assertThatThrownBy(() -> OnnxImport.read(text)).isInstanceOf(OnnxImportException.class)
                .hasMessageStartingWith("notes.onnx is not an ONNX model");
        assertThatThrownBy(() -> OnnxImport.read(dir.resolve("gone.onnx"))).isInstanceOf(OnnxImportException.class)
                .hasMessageEndingWith("gone.onnx does not exist.");
    }

    private static byte[] edited(Path file, String node, UnaryOperator<NodeProto.Builder> edit) throws Exception {
        ModelProto m = ModelProto.parseFrom(Files.readAllBytes(file));
        var g = m.getGraph().toBuilder();
        for (int i = 0; i < g.getNodeCount(); i++) {
            if (g.getNode(i).getName().equals(node)) {
                g.setNode(i, edit.apply(g.getNode(i).toBuilder()));
            }
        }
        return m.toBuilder().setGraph(g).build().toByteArray();
    }
}
