package org.perceptra.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.InferenceGraph;
import org.perceptra.export.OnnxKindsExportTest.Net;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/**
 * The SameDiff file, loaded back by plain ND4J ({@code SameDiff.load}) and run on raw samples, answers as
 * Perceptra's own inference does: for every sample project after a few training steps, and for small networks
 * of the kinds no sample uses.
 */
class Nd4jExportTest {
    private final Random random = new Random(11);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xor", "iris", "diabetes", "mnist-mlp", "mnist-lenet5", "residual-block", "sequence-lstm"})
    void theLoadedFilePredictsWhatPerceptraPredicts(String sample) throws Exception {
        SampleNetworks s = SampleNetworks.trained(sample, 32);
        Path file = dir.resolve(sample + ".fb");

        InferenceGraph written = Nd4jExport.write(s.network(), s.optionalScalers(), file);
        float[] actual = runLoaded(file, written.input(), written.output(), s.raw(), s.network().inputShape(),
                s.count());

        double diff = maxAbsDiff(s.expected(), actual);
        System.out.printf("%s: %d bytes, max abs diff %.3g%n", sample, Files.size(file), diff);
        assertThat(diff).isLessThanOrEqualTo(1e-6 * s.scale());
        assertThat(written.input()).isEqualTo("input");
    }

    @Test
    void imageAndBranchingKindsMatch() throws Exception {
        Net net = Net.input(2, 7, 7)
                .then("conv", StandardLayers.CONV2D, Map.of("filters", 3, "kernelSize", 3, "padding", "same",
                        "activation", "gelu"))
                .then("bn", StandardLayers.BATCH_NORM, Map.of())
                .then("max", StandardLayers.MAX_POOL2D, Map.of("poolSize", 2, "stride", 2, "padding", "same"))
                .then("flat", StandardLayers.FLATTEN, Map.of());
        net.branch("input").then("flat_in", StandardLayers.FLATTEN, Map.of())
                .then("dense_in", StandardLayers.DENSE, Map.of("units", 48, "activation", "swish"));
        net.join("sum", StandardLayers.ADD, Map.of(), "flat", "dense_in");
        net.join("cat", StandardLayers.CONCATENATE, Map.of("axis", -1), "sum", "dense_in")
                .then("drop", StandardLayers.DROPOUT, Map.of("rate", 0.4))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 3, "activation", "softmax",
                        "loss", "categorical_crossentropy"));
        assertRoundTrip(net.graph(), 3, true);
    }

    @Test
    void sequenceKindsMatch() throws Exception {
        Net net = Net.input(5, 3)
                .then("norm", StandardLayers.LAYER_NORM, Map.of())
                .then("rnn", StandardLayers.SIMPLE_RNN, Map.of("units", 4, "returnSequences", true))
                .then("gru", StandardLayers.GRU, Map.of("units", 4, "returnSequences", true))
                .then("attend", StandardLayers.MULTI_HEAD_SELF_ATTENTION, Map.of("heads", 2, "keySize", 2))
                .then("pos", StandardLayers.POSITIONAL_ENCODING, Map.of())
                .then("lstm", StandardLayers.LSTM, Map.of("units", 3))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "linear", "loss", "mse"));
        assertRoundTrip(net.graph(), 2, false);
    }

    @Test
    void embeddingMatches() throws Exception {
        Net net = Net.input(4)
                .then("embed", StandardLayers.EMBEDDING, Map.of("vocabSize", 7, "embeddingDim", 3))
                .then("flat", StandardLayers.FLATTEN, Map.of())
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "sigmoid",
                        "loss", "binary_crossentropy"));
        CompiledNetwork network = GraphCompiler.compile(net.graph(), TrainingSettings.defaults().withSeed(5));
        float[] ids = new float[8 * 4];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = random.nextInt(7);
        }
        network.fitBatch(ids, labels(8, 2, true), 8);
        Path file = dir.resolve("tokens.fb");

        InferenceGraph g = Nd4jExport.write(network, Optional.empty(), file);

        assertThat(runLoaded(file, g.input(), g.output(), ids, network.inputShape(), 8))
                .containsExactly(network.predict(ids, 8));
    }

    @Test
    void usageNamesTheInputAndOutputVariables() {
        InferenceGraph g = new InferenceGraph(SameDiff.create(), "pixels", "digit");

        assertThat(Nd4jExport.usage(g, Optional.empty()))
                .contains("placeholder 'pixels' takes features already scaled", "sd.output(Map.of(\"pixels\", "
                        + "features), \"digit\")");
    }

    private void assertRoundTrip(NetworkGraph graph, int outputs, boolean classes) throws Exception {
        CompiledNetwork network = GraphCompiler.compile(graph, TrainingSettings.defaults().withSeed(3));
        int batch = 8;
        int size = (int) network.inputShape().size();
        for (int step = 0; step < 4; step++) {
            network.fitBatch(gaussian(batch * size), labels(batch, outputs, classes), batch);
        }
        float[] x = gaussian(batch * size);
        float[] expected = network.predict(x, batch);
        Path file = dir.resolve("kinds.fb");

        InferenceGraph g = Nd4jExport.write(network, Optional.empty(), file);
        float[] actual = runLoaded(file, g.input(), g.output(), x, network.inputShape(), batch);

        double diff = maxAbsDiff(expected, actual);
        System.out.printf("%s: max abs diff %.3g%n", graph.nodeIds(), diff);
        assertThat(diff).isLessThanOrEqualTo(1e-6);
        assertThat(expected).as("the network computes something other than zeros").isNotEqualTo(new float[expected.length]);
    }

    /** What a program with ND4J alone does with the file. */
    static float[] runLoaded(Path file, String input, String output, float[] x, Shape shape, int batch) {
        SameDiff loaded = SameDiff.load(file.toFile(), false);
        long[] dims = new long[shape.rank() + 1];
        dims[0] = batch;
        for (int i = 0; i < shape.rank(); i++) {
            dims[i + 1] = shape.dim(i);
        }
        INDArray in = Nd4j.create(x, dims, 'c');
        INDArray out = loaded.output(Map.of(input, in), List.of(output)).get(output);
        return out.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    static double maxAbsDiff(float[] a, float[] b) {
        assertThat(b).hasSameSizeAs(a);
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m; // Math.max keeps a NaN, which then fails every bar
    }

    private float[] gaussian(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private float[] labels(int batch, int outputs, boolean classes) {
        float[] y = classes ? new float[batch * outputs] : gaussian(batch * outputs);
        for (int i = 0; classes && i < batch; i++) {
            y[i * outputs + random.nextInt(outputs)] = 1f;
        }
        return y;
    }
}
