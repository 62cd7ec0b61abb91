package org.perceptra.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.perceptra.engine.Scalers;
import org.perceptra.export.OnnxKindsExportTest.Net;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/**
 * The generated Java class, compiled by the JDK's compiler and run with ND4J alone, predicts what Perceptra
 * predicts: for sample projects after a few training steps (raw features in, the scaling inside), and for small
 * networks of the kinds no sample uses. All classes are generated first and compiled by one javac run: starting
 * javac on the test class path is most of the cost.
 */
class JavaExportTest {
    private static final List<String> SAMPLES = List.of("two-moons", "iris", "diabetes", "mnist-lenet5",
            "residual-block", "sequence-lstm");
    private static final Map<String, Generated> GENERATED = new LinkedHashMap<>();
    private static final Random RANDOM = new Random(13);

    @TempDir
    Path dir;

    /** A network, samples for it with Perceptra's answers, and its generated class. */
    private record Case(String project, CompiledNetwork network, Optional<Scalers> scalers, float[] x, int count,
                        float[] expected, double scale) {
    }

    private record Generated(Case c, JavaExport.Written written, Class<?> type) {
    }

    @BeforeAll
    static void generateAndCompile(@TempDir Path shared) throws Exception {
        Map<String, Case> cases = new LinkedHashMap<>();
        for (String name : SAMPLES) {
            SampleNetworks s = SampleNetworks.trained(name, 24);
            cases.put(name, new Case(s.project().name(), s.network(), s.optionalScalers(), s.raw(), s.count(),
                    s.expected(), s.scale()));
        }
        cases.put("image-kinds", trainedOnNoise("image kinds", imageKinds(), 3, true));
        cases.put("sequence-kinds", trainedOnNoise("sequence kinds", sequenceKinds(), 2, false));
        cases.put("tokens", tokens());
        List<JavaExport.Written> written = new ArrayList<>();
        for (Case c : cases.values()) {
            written.add(JavaExport.write(c.network(), c.scalers(), c.project(), shared.resolve("src")));
        }
        List<Class<?>> types = GeneratedJava.compile(written, Files.createDirectories(shared.resolve("classes")));
        int i = 0;
        for (Map.Entry<String, Case> e : cases.entrySet()) {
            GENERATED.put(e.getKey(), new Generated(e.getValue(), written.get(i), types.get(i)));
            i++;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"two-moons", "iris", "diabetes", "mnist-lenet5", "residual-block", "sequence-lstm",
        "image-kinds", "sequence-kinds", "tokens"})
    void theGeneratedClassPredictsWhatPerceptraPredicts(String name) throws Exception {
        Generated g = GENERATED.get(name);
        Case c = g.c();

        float[] actual = GeneratedJava.predict(g.type(), g.written().weights(), c.x(), c.count());

        double diff = Nd4jExportTest.maxAbsDiff(c.expected(), actual);
        System.out.printf("%s: %s, %d lines, max abs diff %.3g%n", name, g.written().className(),
                Files.readAllLines(g.written().source()).size(), diff);
        assertThat(diff).isLessThanOrEqualTo(1e-5 * c.scale());
        assertThat(c.expected()).as("the network computes something other than zeros")
                .isNotEqualTo(new float[c.expected().length]);
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
        assertThat(dir.resolve("my-net.npz")).doesNotExist();
    }

    private static NetworkGraph imageKinds() {
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
        // dense_in feeds two nodes: an op writing into its input would show here.
        net.join("cat", StandardLayers.CONCATENATE, Map.of("axis", -1), "sum", "dense_in")
                .then("grid", StandardLayers.RESHAPE, Map.of("targetShape", List.of(4, 6)))
                .then("seq", StandardLayers.DENSE, Map.of("units", 3, "activation", "elu", "useBias", false))
                .then("act", StandardLayers.ACTIVATION, Map.of("activation", "leaky_relu", "negativeSlope", 0.2))
                .then("flat_seq", StandardLayers.FLATTEN, Map.of())
                .then("drop", StandardLayers.DROPOUT, Map.of("rate", 0.4))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 3, "activation", "softmax",
                        "loss", "categorical_crossentropy"));
        return net.graph();
    }

    private static NetworkGraph sequenceKinds() {
        return Net.input(5, 3)
                .then("norm", StandardLayers.LAYER_NORM, Map.of())
                .then("rnn", StandardLayers.SIMPLE_RNN, Map.of("units", 4, "returnSequences", true,
                        "activation", "softmax"))
                .then("gru", StandardLayers.GRU, Map.of("units", 4, "returnSequences", true))
                .then("gru_plain", StandardLayers.GRU, Map.of("units", 4, "returnSequences", true, "useBias", false))
                .then("attend", StandardLayers.MULTI_HEAD_SELF_ATTENTION, Map.of("heads", 2, "keySize", 2))
                .then("pos", StandardLayers.POSITIONAL_ENCODING, Map.of())
                .then("learned", StandardLayers.POSITIONAL_ENCODING, Map.of("type", "learned"))
                .then("lstm", StandardLayers.LSTM, Map.of("units", 3))
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "tanh", "loss", "mse"))
                .graph();
    }

    private static Case tokens() {
        Net net = Net.input(4)
                .then("embed", StandardLayers.EMBEDDING, Map.of("vocabSize", 7, "embeddingDim", 3))
                .then("flat", StandardLayers.FLATTEN, Map.of())
                .then("output", StandardLayers.OUTPUT, Map.of("units", 2, "activation", "sigmoid",
                        "loss", "binary_crossentropy"));
        CompiledNetwork network = GraphCompiler.compile(net.graph(), TrainingSettings.defaults().withSeed(5));
        float[] ids = new float[8 * 4];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = RANDOM.nextInt(7);
        }
        network.fitBatch(ids, labels(8, 2, true), 8);
        return new Case("tokens", network, Optional.empty(), ids, 8, network.predict(ids, 8), 1);
    }

    /** A few steps on noise, so that BatchNorm's statistics and every weight move. */
    private static Case trainedOnNoise(String project, NetworkGraph graph, int outputs, boolean classes) {
        CompiledNetwork network = GraphCompiler.compile(graph, TrainingSettings.defaults().withSeed(3));
        int batch = 8;
        int size = (int) network.inputShape().size();
        for (int step = 0; step < 4; step++) {
            network.fitBatch(gaussian(batch * size), labels(batch, outputs, classes), batch);
        }
        float[] x = gaussian(batch * size);
        return new Case(project, network, Optional.empty(), x, batch, network.predict(x, batch), 1);
    }

    private static float[] gaussian(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) RANDOM.nextGaussian();
        }
        return v;
    }

    private static float[] labels(int batch, int outputs, boolean classes) {
        float[] y = classes ? new float[batch * outputs] : gaussian(batch * outputs);
        for (int i = 0; classes && i < batch; i++) {
            y[i * outputs + RANDOM.nextInt(outputs)] = 1f;
        }
        return y;
    }
}
