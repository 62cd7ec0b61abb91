package org.perceptra.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.export.OnnxKindsExportTest.Net;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/**
 * The generated Java class, compiled by the JDK's compiler and run with ND4J alone, predicts what Perceptra
 * predicts: for sample projects after a few training steps (raw features in, the scaling inside), and for small
 * networks of the kinds no sample uses.
 */
class JavaExportTest {
    private final Random random = new Random(13);

    @TempDir
    Path dir;

    private static final List<String> SAMPLES = List.of("two-moons", "iris", "diabetes", "mnist-lenet5",
            "residual-block", "sequence-lstm");
    private static final Map<String, Generated> GENERATED = new HashMap<>();

    /** A sample's trained network and its generated class. */
    private record Generated(SampleNetworks sample, JavaExport.Written written, Class<?> type) {
    }

    /** Every sample's class generated into one folder and compiled by one javac run. */
    @BeforeAll
    static void generateSamples(@TempDir Path shared) throws Exception {
        List<SampleNetworks> samples = new ArrayList<>();
        List<JavaExport.Written> written = new ArrayList<>();
        for (String name : SAMPLES) {
            SampleNetworks s = SampleNetworks.trained(name, 24);
            samples.add(s);
            written.add(JavaExport.write(s.network(), s.optionalScalers(), s.project().name(), shared.resolve("src")));
        }
        List<Class<?>> types = GeneratedJava.compile(written, Files.createDirectories(shared.resolve("classes")));
        for (int i = 0; i < SAMPLES.size(); i++) {
            GENERATED.put(SAMPLES.get(i), new Generated(samples.get(i), written.get(i), types.get(i)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"two-moons", "iris", "diabetes", "mnist-lenet5", "residual-block", "sequence-lstm"})
    void theGeneratedClassPredictsWhatPerceptraPredicts(String sample) throws Exception {
        Generated g = GENERATED.get(sample);
        SampleNetworks s = g.sample();

        float[] actual = GeneratedJava.predict(g.type(), g.written().weights(), s.raw(), s.count());

        double diff = Nd4jExportTest.maxAbsDiff(s.expected(), actual);
        System.out.printf("%s: %s, %d lines, max abs diff %.3g%n", sample, g.written().className(),
                Files.readAllLines(g.written().source()).size(), diff);
        assertThat(diff).isLessThanOrEqualTo(1e-5 * s.scale());
    }

    @Test
    void eachNodeIsOneBlockWithACommentNamingIt() throws Exception {
        String source = Files.readString(GENERATED.get("mnist-lenet5").written().source());

        assertThat(source).contains("public final class LeNet5OnMNISTNetwork {",
                "public float[][] predict(float[][] features)", "public static void main(String[] args)",
                "        // conv_1: Conv2D, filters 6, kernelSize 5", "        INDArray conv_1 = ", "Nd4j.cnn.conv2d(")
                .doesNotContain("org.perceptra");
    }

    @Test
    void imageAndBranchingKindsMatch() throws Exception {
        Net net = Net.input(2, 7, 7)
                .then("conv", StandardLayers.CONV2D, Map.of("filters", 3, "kernelSize", 3, "padding", "same",
                        "stride", 2, "activation", "gelu"))
                .then("bn", StandardLayers.BATCH_NORM, Map.of())
                .then("max", StandardLayers.MAX_POOL2D, Map.of("poolSize", 2, "stride", 1, "padding", "same"))
                .then("avg", StandardLayers.AVG_POOL2D, Map.of("poolSize", 2))
                .then("flat", StandardLayers.FLATTEN, Map.of());
        net.branch("input").then("flat_in", StandardLayers.FLATTEN, Map.of())
                .then("dense_in", StandardLayers.DENSE, Map.of("units", 12, "activation", "swish"))
                .then("bn_v", StandardLayers.BATCH_NORM, Map.of("momentum", 0.5));
        net.join("sum", StandardLayers.ADD, Map.of(), "flat", "bn_v");
        net.join("cat", StandardLayers.CONCATENATE, Map.of("axis", -1), "sum", "dense_in")
                .then("grid", StandardLayers.RESHAPE, Map.of("targetShape", List.of(4, 6)))
                .then("seq", StandardLayers.DENSE, Map.of("units", 3, "activation", "elu", "useBias", false))
                .then("act", StandardLayers.ACTIVATION, Map.of("activation", "leaky_relu", "negativeSlope", 0.2))
                .then("flat_seq", StandardLayers.FLATTEN, Map.of())
                .then("drop", StandardLayers.DROPOUT, Map.of("rate", 0.4))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 3, "activation", "softmax",
                        "loss", "categorical_crossentropy"));
        assertGeneratedMatches(net.graph(), 3, true);
    }

    @Test
    void sequenceKindsMatch() throws Exception {
        Net net = Net.input(5, 3)
                .then("norm", StandardLayers.LAYER_NORM, Map.of())
                .then("rnn", StandardLayers.SIMPLE_RNN, Map.of("units", 4, "returnSequences", true,
                        "activation", "softmax"))
                .then("gru", StandardLayers.GRU, Map.of("units", 4, "returnSequences", true))
                .then("gru_plain", StandardLayers.GRU, Map.of("units", 4, "returnSequences", true, "useBias", false))
                .then("attend", StandardLayers.MULTI_HEAD_SELF_ATTENTION, Map.of("heads", 2, "keySize", 2))
                .then("pos", StandardLayers.POSITIONAL_ENCODING, Map.of())
                .then("learned", StandardLayers.POSITIONAL_ENCODING, Map.of("type", "learned"))
                .then("lstm", StandardLayers.LSTM, Map.of("units", 3))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "tanh", "loss", "mse"));
        assertGeneratedMatches(net.graph(), 2, false);
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
        network.fitBatch(ids, new float[8 * 2], 8);

        JavaExport.Written written = JavaExport.write(network, Optional.empty(), "tokens", dir.resolve("Tokens.java"));
        Class<?> generated = GeneratedJava.compile(written, Files.createDirectories(dir.resolve("classes")));

        assertThat(GeneratedJava.predict(generated, written.weights(), ids, 8)).containsExactly(network.predict(ids, 8));
    }

    @Test
    void classNamesComeFromTheProjectName() {
        assertThat(JavaExport.className("XOR")).isEqualTo("XORNetwork");
        assertThat(JavaExport.className("two moons")).isEqualTo("TwoMoonsNetwork");
        assertThat(JavaExport.className("mnist-lenet5")).isEqualTo("MnistLenet5Network");
        assertThat(JavaExport.className("3 layers")).isEqualTo("Model3LayersNetwork");
        assertThat(JavaExport.className("über!")).isEqualTo("BerNetwork");
        assertThat(JavaExport.className("")).isEqualTo("PerceptraNetwork");
    }

    @Test
    void aJavaFileNameThatIsNoClassNameIsRefused() {
        Net net = Net.input(2).then("output", StandardLayers.OUTPUT, Map.of("units", 1, "activation", "linear",
                "loss", "mse"));
        CompiledNetwork network = GraphCompiler.compile(net.graph(), TrainingSettings.defaults());

        assertThatThrownBy(() -> JavaExport.write(network, Optional.empty(), "p", dir.resolve("my-net.java")))
                .isInstanceOf(ExportRefusedException.class)
                .hasMessageContaining("'my-net.java' cannot hold a Java class");
    }

    private void assertGeneratedMatches(NetworkGraph graph, int outputs, boolean classes) throws Exception {
        CompiledNetwork network = GraphCompiler.compile(graph, TrainingSettings.defaults().withSeed(3));
        int batch = 8;
        int size = (int) network.inputShape().size();
        for (int step = 0; step < 4; step++) {
            network.fitBatch(gaussian(batch * size), labels(batch, outputs, classes), batch);
        }
        float[] x = gaussian(batch * size);
        float[] expected = network.predict(x, batch);

        JavaExport.Written written = JavaExport.write(network, Optional.empty(), "kinds", dir.resolve("out"));
        Class<?> generated = GeneratedJava.compile(written, Files.createDirectories(dir.resolve("classes")));
        float[] actual = GeneratedJava.predict(generated, written.weights(), x, batch);

        double diff = Nd4jExportTest.maxAbsDiff(expected, actual);
        System.out.printf("%s: max abs diff %.3g%n", graph.nodeIds(), diff);
        assertThat(diff).isLessThanOrEqualTo(1e-5);
        assertThat(expected).as("the network computes something other than zeros").isNotEqualTo(new float[expected.length]);
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
