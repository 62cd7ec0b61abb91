package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.model.LayerKind;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeAnalysis;
import org.perceptra.model.NodeId;
import org.perceptra.model.Validator;
import org.perceptra.model.layers.StandardLayers;

/** The shapes ND4J produces, on both paths, equal the model's shape inference for every node of every kind. */
class ShapeAgreementTest {
    private static final int BATCH = 3;

    /** Networks that together use every kind, several settings each (padding, strides, sequences). */
    static Map<String, NetworkGraph> samples() {
        Map<String, NetworkGraph> s = new LinkedHashMap<>();
        s.put("dense, activation, dropout", TestNet.input(5).dense(7, "relu")
                .then(StandardLayers.ACTIVATION, Map.of("activation", "softmax"))
                .then(StandardLayers.DROPOUT, Map.of("rate", 0.2)).output(3, "softmax", "categorical_crossentropy").graph());
        s.put("reshape, dense on sequence, flatten", TestNet.input(12)
                .then(StandardLayers.RESHAPE, Map.of("targetShape", List.of(-1, 4))).dense(5, "tanh")
                .then(StandardLayers.FLATTEN, Map.of()).output(1, "linear", "mse").graph());
        s.put("conv same stride 2, maxpool same, batchnorm", TestNet.input(3, 9, 7)
                .then(StandardLayers.CONV2D, Map.of("filters", 4, "kernelSize", 3, "stride", 2, "padding", "same"))
                .then(StandardLayers.MAX_POOL2D, Map.of("poolSize", 3, "stride", 2, "padding", "same"))
                .then(StandardLayers.BATCH_NORM, Map.of())
                .then(StandardLayers.FLATTEN, Map.of()).output(2, "softmax", "categorical_crossentropy").graph());
        s.put("conv dilated valid, avgpool, global pool", TestNet.input(2, 11, 10)
                .then(StandardLayers.CONV2D, Map.of("filters", 3, "kernelSize", 3, "dilation", 2))
                .then(StandardLayers.AVG_POOL2D, Map.of("poolSize", 2, "padding", "same"))
                .then(StandardLayers.CONV2D, Map.of("filters", 5, "kernelSize", 2, "stride", 3, "padding", "same", "dilation", 2))
                .then(StandardLayers.GLOBAL_AVERAGE_POOL2D, Map.of()).output(2, "sigmoid", "binary_crossentropy").graph());
        s.put("embedding, lstm sequences, gru, simple rnn", TestNet.input(6)
                .then(StandardLayers.EMBEDDING, Map.of("vocabSize", 20, "embeddingDim", 4))
                .then(StandardLayers.LSTM, Map.of("units", 5, "returnSequences", true))
                .then(StandardLayers.GRU, Map.of("units", 3, "returnSequences", true))
                .then(StandardLayers.SIMPLE_RNN, Map.of("units", 2)).output(2, "softmax", "focal").graph());
        TestNet transformer = TestNet.input(5, 8).then(StandardLayers.POSITIONAL_ENCODING, Map.of());
        String encoded = transformer.last();
        transformer.then(StandardLayers.MULTI_HEAD_SELF_ATTENTION, Map.of("heads", 2, "keySize", 3, "dropout", 0.1));
        transformer.join("residual", StandardLayers.ADD, Map.of(), encoded, transformer.last())
                .then(StandardLayers.LAYER_NORM, Map.of());
        String normed = transformer.last();
        transformer.join("joined", StandardLayers.CONCATENATE, Map.of("axis", -1), normed, encoded)
                .then(StandardLayers.FLATTEN, Map.of()).output(3, "softmax", "categorical_crossentropy");
        s.put("positional encoding, attention, add, layernorm, concatenate", transformer.graph());
        return s;
    }

    static Stream<Arguments> sampleArguments() {
        return samples().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleArguments")
    void nd4jShapesEqualShapeInference(String name, NetworkGraph graph) {
        CompiledNetwork net = GraphCompiler.compile(graph, org.perceptra.model.TrainingSettings.defaults());
        INDArray x = GradientCheck.inputs(net, BATCH, name.startsWith("embedding") ? 20 : 0);
        Map<NodeId, NodeAnalysis> expected = Validator.analyze(graph).nodes();
        for (Mode path : Mode.values()) {
            net.nodeOutputs(x, path).forEach((id, out) -> {
                List<Long> want = new ArrayList<>(List.of((long) BATCH));
                expected.get(id).output().toList().forEach(d -> want.add((long) d));
                assertThat(out.shape()).as("%s on the %s path", id, path)
                        .containsExactly(want.stream().mapToLong(Long::longValue).toArray());
            });
        }
    }

    @Test
    void samplesCoverEveryKindOfTheCatalogue() {
        List<String> used = samples().values().stream().flatMap(g -> g.nodes().stream())
                .map(n -> n.kind().id()).distinct().toList();
        assertThat(used).containsExactlyInAnyOrderElementsOf(StandardLayers.all().stream().map(LayerKind::id).toList());
    }

    @Test
    void everyKindOfTheCatalogueCompiles() {
        assertThat(StandardLayers.all()).allMatch(GraphCompiler::supports);
    }
}
