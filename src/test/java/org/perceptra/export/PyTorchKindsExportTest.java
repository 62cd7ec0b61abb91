package org.perceptra.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.TestAbortedException;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.export.OnnxKindsExportTest.Net;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/**
 * Every kind the PyTorch export covers, in small networks trained a few steps on random data (so that
 * BatchNorm's running statistics move), exported, and run in PyTorch through the exported predict.py, all in one
 * Python process, against the engine's own inference. Uneven 'same' padding, strides, dilation, activations of
 * every kind, recurrent layers with and without bias, tokens outside the vocabulary and awkward names included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PyTorchKindsExportTest {
    private final Random random = new Random(11);
    private final Map<String, float[]> expected = new LinkedHashMap<>();
    private final Map<String, Path> answers = new LinkedHashMap<>();

    private Path work;

    /** Why PyTorch could not run here; null when it did. */
    private String skipped;

    @BeforeAll
    void exportAndRunEveryNetworkInOnePythonProcess(@TempDir Path folder) throws Exception {
        work = folder;
        List<PyTorchRunner.Job> jobs = new ArrayList<>();
        networks().forEach((name, graph) -> jobs.add(export(name, graph)));
        try {
            PyTorchRunner.run(jobs, work);
        } catch (TestAbortedException e) {
            skipped = e.getMessage(); // each test then reports the skip, so that the build counts them
        }
    }

    Iterable<String> names() {
        return networks().keySet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void pyTorchPredictsWhatTheEnginePredicts(String name) throws Exception {
        Assumptions.assumeTrue(skipped == null, () -> skipped);
        float[] actual = PyTorchRunner.readFloats(answers.get(name));

        double diff = OnnxRuntimeCheck.maxAbsDiff(expected.get(name), actual);
        System.out.printf("%s: max abs diff %.3g%n", name, diff);
        assertThat(diff).isLessThanOrEqualTo(1e-5);
        assertThat(expected.get(name)).as("the network computes something other than zeros")
                .isNotEqualTo(new float[actual.length]);
    }

    private static Map<String, NetworkGraph> networks() {
        Map<String, NetworkGraph> nets = new LinkedHashMap<>();
        nets.put("images", Net.input(2, 9, 9)
                .then("conv_a", StandardLayers.CONV2D, Map.of("filters", 4, "kernelSize", 3, "padding", "same",
                        "activation", "leaky_relu", "negativeSlope", 0.2))
                .then("bn", StandardLayers.BATCH_NORM, Map.of())
                .then("max", StandardLayers.MAX_POOL2D, Map.of("poolSize", 2, "stride", 2, "padding", "same"))
                .then("conv_b", StandardLayers.CONV2D, Map.of("filters", 3, "kernelSize", 2, "dilation", 2,
                        "activation", "elu", "useBias", false))
                .then("avg", StandardLayers.AVG_POOL2D, Map.of("poolSize", 2, "stride", 1, "padding", "same"))
                .then("flat", StandardLayers.FLATTEN, Map.of())
                .then("hidden", StandardLayers.DENSE, Map.of("units", 6, "activation", "gelu"))
                .then("drop", StandardLayers.DROPOUT, Map.of("rate", 0.3))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 3, "activation", "softmax",
                        "loss", "categorical_crossentropy")).graph());
        nets.put("even and uneven padding", Net.input(3, 8, 8)
                .then("conv-4", StandardLayers.CONV2D, Map.of("filters", 2, "kernelSize", 4, "padding", "same"))
                .then("max3", StandardLayers.MAX_POOL2D, Map.of("poolSize", 3, "stride", 1, "padding", "same"))
                .then("avg3", StandardLayers.AVG_POOL2D, Map.of("poolSize", 3, "stride", 1, "padding", "same"))
                .then("strided", StandardLayers.CONV2D, Map.of("filters", 3, "kernelSize", 3, "stride", 2,
                        "padding", "same", "activation", "swish"))
                .then("global", StandardLayers.GLOBAL_AVERAGE_POOL2D, Map.of())
                .then("output", StandardLayers.OUTPUT, Map.of("units", 1, "activation", "sigmoid",
                        "loss", "binary_crossentropy")).graph());
        Net branching = Net.input(6)
                .then("a", StandardLayers.DENSE, Map.of("units", 6, "activation", "swish"))
                .then("bn", StandardLayers.BATCH_NORM, Map.of("momentum", 0.5));
        branching.branch("input").then("b", StandardLayers.DENSE, Map.of("units", 6, "activation", "tanh"));
        branching.join("sum", StandardLayers.ADD, Map.of(), "bn", "b");
        branching.branch("input").then("c", StandardLayers.DENSE, Map.of("units", 3, "activation", "sigmoid"));
        branching.join("cat", StandardLayers.CONCATENATE, Map.of("axis", -1), "sum", "c")
                .then("grid", StandardLayers.RESHAPE, Map.of("targetShape", List.of(3, 3)))
                .then("seq_dense", StandardLayers.DENSE, Map.of("units", 4, "activation", "relu"))
                .then("seq_bn", StandardLayers.BATCH_NORM, Map.of("momentum", 0.5))
                .then("act", StandardLayers.ACTIVATION, Map.of("activation", "softmax"))
                .then("flat", StandardLayers.FLATTEN, Map.of())
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "sigmoid",
                        "loss", "binary_crossentropy"));
        nets.put("branching", branching.graph());
        nets.put("names python reserves", Net.input(4)
                .then("class", StandardLayers.DENSE, Map.of("units", 5, "activation", "linear", "useBias", false))
                .then("eval", StandardLayers.DENSE, Map.of("units", 5, "activation", "relu"))
                .then("_private", StandardLayers.DROPOUT, Map.of("rate", 0.5))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "linear", "loss", "mse"))
                .graph());
        nets.put("recurrent", Net.input(5, 3)
                .then("norm", StandardLayers.LAYER_NORM, Map.of())
                .then("rnn", StandardLayers.SIMPLE_RNN, Map.of("units", 4, "returnSequences", true,
                        "activation", "leaky_relu", "negativeSlope", 0.1))
                .then("gru", StandardLayers.GRU, Map.of("units", 5, "returnSequences", true))
                .then("lstm", StandardLayers.LSTM, Map.of("units", 3))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "linear", "loss", "mse"))
                .graph());
        nets.put("recurrent without bias", Net.input(4, 2)
                .then("gru", StandardLayers.GRU, Map.of("units", 3, "useBias", false))
                .then("grid", StandardLayers.RESHAPE, Map.of("targetShape", List.of(3, 1)))
                .then("lstm", StandardLayers.LSTM, Map.of("units", 2, "useBias", false, "returnSequences", true))
                .then("rnn", StandardLayers.SIMPLE_RNN, Map.of("units", 2, "activation", "gelu"))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 3, "activation", "softmax",
                        "loss", "categorical_crossentropy")).graph());
        nets.put("torch's own RNN", Net.input(5, 3)
                .then("tanh_rnn", StandardLayers.SIMPLE_RNN, Map.of("units", 4, "returnSequences", true))
                .then("relu_rnn", StandardLayers.SIMPLE_RNN, Map.of("units", 3, "activation", "relu",
                        "useBias", false))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "linear", "loss", "mse"))
                .graph());
        nets.put("attention", Net.input(5, 4)
                .then("attend", StandardLayers.MULTI_HEAD_SELF_ATTENTION, Map.of("heads", 2, "keySize", 3,
                        "dropout", 0.2))
                .then("again", StandardLayers.MULTI_HEAD_SELF_ATTENTION, Map.of("heads", 1, "keySize", 2))
                .then("flat", StandardLayers.FLATTEN, Map.of())
                .then("output", StandardLayers.OUTPUT, Map.of("units", 3, "activation", "softmax",
                        "loss", "categorical_crossentropy")).graph());
        nets.put("tokens", Net.input(6)
                .then("embed", StandardLayers.EMBEDDING, Map.of("vocabSize", 10, "embeddingDim", 4))
                .then("fixed", StandardLayers.POSITIONAL_ENCODING, Map.of())
                .then("learned", StandardLayers.POSITIONAL_ENCODING, Map.of("type", "learned"))
                .then("flat", StandardLayers.FLATTEN, Map.of())
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "softmax",
                        "loss", "categorical_crossentropy")).graph());
        return nets;
    }

    private PyTorchRunner.Job export(String name, NetworkGraph graph) {
        try {
            CompiledNetwork network = GraphCompiler.compile(graph, TrainingSettings.defaults().withSeed(3));
            int batch = 16;
            int size = (int) network.inputShape().size();
            int outputs = (int) network.outputShape().size();
            boolean tokens = name.equals("tokens");
            boolean classes = network.graph().nodes().stream().anyMatch(n -> n.params().has("loss")
                    && !n.params().getString("loss").equals("mse"));
            for (int step = 0; step < 5; step++) {
                network.fitBatch(tokens ? ids(batch * size) : gaussian(batch * size), labels(batch, outputs, classes),
                        batch);
            }
            float[] x = tokens ? ids(batch * size) : gaussian(batch * size);
            expected.put(name, network.predict(x, batch));
            Path folder = Files.createDirectories(work.resolve(name.replace(' ', '_')));
            PyTorchExport.write(network, Optional.empty(), "2 " + name + " / test", columns(size, outputs, classes),
                    folder);
            Path input = folder.resolve("input.f32");
            PyTorchRunner.writeFloats(input, x);
            answers.put(name, folder.resolve("answers.f32"));
            return new PyTorchRunner.Job("f32", folder, input, answers.get(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PredictionColumns columns(int size, int outputs, boolean classes) {
        List<String> features = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            features.add("x" + i);
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < Math.max(2, outputs); k++) {
            names.add("y" + k);
        }
        return classes ? new PredictionColumns(features, names, List.of())
                : new PredictionColumns(features, List.of(), names.subList(0, outputs));
    }

    private float[] gaussian(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    /** Token ids, a few of them outside the vocabulary of 10 (the engine gives them a row of zeros). */
    private float[] ids(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextInt(12) - 1 + (random.nextBoolean() ? 0.4f : 0f);
        }
        return v;
    }

    private float[] labels(int batch, int outputs, boolean classes) {
        float[] y = classes ? new float[batch * outputs] : gaussian(batch * outputs);
        for (int i = 0; classes && i < batch; i++) {
            y[i * outputs + random.nextInt(outputs)] = outputs == 1 ? random.nextInt(2) : 1f;
        }
        return y;
    }
}
