package org.perceptra.onnximport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perceptra.model.LayerNode;
import org.perceptra.project.Project;

/**
 * Models made by PyTorch 1.13's {@code torch.onnx.export} at opset 13 (src/test/resources/onnx, made by
 * make_pytorch_fixtures.py): imported, they predict what PyTorch computed for the same inputs.
 */
class PyTorchImportTest {
    private static final Path FIXTURES = Path.of("src/test/resources/onnx");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "pytorch-mlp; Input Dense Dense Output",
        "pytorch-cnn; Input Conv2D MaxPool2D Conv2D BatchNorm AvgPool2D Flatten Output",
        "pytorch-residual; Input Conv2D Conv2D Add Activation GlobalAveragePool2D Output",
        "pytorch-regression; Input Dense Output"})
    void importedModelPredictsWhatPyTorchComputed(String name, String kinds) throws Exception {
        ImportedModel imported = OnnxImport.read(FIXTURES.resolve(name + ".onnx"));
        Project project = imported.project();
        assertThat(project.graph().topologicalOrder().orElseThrow().stream()
                .map(id -> project.graph().node(id).kind().id()).toList()).containsExactly(kinds.split(" "));

        JsonNode expected = new ObjectMapper().readTree(FIXTURES.resolve(name + ".expected.json").toFile());
        float[] input = floats(expected.get("input"));
        float[] output = floats(expected.get("output"));
        int count = output.length / (int) StreamSupport.stream(expected.get("outputShape").spliterator(), false)
                .mapToLong(JsonNode::asLong).reduce(1, (a, b) -> a * b);
        float[] actual = Predictions.of(project, input, count);

        double diff = Predictions.maxAbsDiff(output, actual);
        System.out.printf("%s: max abs diff %.3g over %d values%n", name, diff, output.length);
        assertThat(diff).isLessThanOrEqualTo(1e-5);
    }

    @Test
    void activationsFoldIntoTheLayersBeforeThem() throws Exception {
        Project project = OnnxImport.read(FIXTURES.resolve("pytorch-mlp.onnx")).project();
        List<String> described = project.graph().nodes().stream()
                .map(n -> n.id() + ":" + (n.params().has("activation") ? n.params().getString("activation") : ""))
                .toList();
        assertThat(described).containsExactly("input:", "fc1:relu", "fc2:tanh", "head:softmax");
        LayerNode head = project.graph().node(org.perceptra.model.NodeId.of("head"));
        assertThat(head.params().getString("loss")).isEqualTo("categorical_crossentropy");
    }

    private static float[] floats(JsonNode array) {
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) array.get(i).asDouble();
        }
        return out;
    }
}
