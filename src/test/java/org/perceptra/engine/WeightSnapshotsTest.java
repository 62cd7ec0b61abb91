package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.perceptra.engine.session.Histogram;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/** Weight snapshots of a tiny network whose weights are set by hand, checked against figures worked out here. */
class WeightSnapshotsTest {
    private static final NetworkGraph NET = TestNet.input(2)
            .then("hidden", StandardLayers.DENSE, Map.of("units", 3, "activation", "relu"))
            .output(2, "softmax", "categorical_crossentropy").graph();
    // hidden = relu(x W + b): unit 0 = x1, unit 1 = x2, unit 2 = -x1 - x2 - 10
    private static final float[] W = {1, 0, -1, 0, 1, -1};
    private static final float[] B = {0, 0, -10};
    // Probe samples with x1 > 0 > x2: unit 0 fires, units 1 and 2 are silent (dead).
    private static final TrainingArrays PROBE = new TrainingArrays(new float[] {0.5f, -0.5f, 1, -1}, Shape.of(2),
            new float[] {1, 0, 0, 1}, Shape.of(2), 2);
    private static final double LEARNING_RATE = 0.1;

    private static CompiledNetwork network() {
        TrainingSettings sgd = TrainingSettings.defaults().withOptimizer(TrainingSettings.Optimizer.SGD)
                .withLearningRate(LEARNING_RATE);
        CompiledNetwork net = GraphCompiler.compile(NET, sgd);
        net.setParameters(Map.of("hidden/W", W, "hidden/b", B,
                "output/W", new float[] {1, -1, 2, 0, 0.5f, 0.5f}, "output/b", new float[] {0.1f, -0.1f}));
        return net;
    }

    private static TrainingEvent.LayerStats layer(TrainingEvent.WeightSnapshot s, String node) {
        return s.layers().stream().filter(l -> l.node().equals(node)).findFirst().orElseThrow();
    }

    @Test
    void histogramsCountTheWeightsAndBiasesOfEachLayer() {
        TrainingEvent.WeightSnapshot s = new WeightSnapshots(network(), PROBE, 128).take(7);

        assertThat(s.iteration()).isEqualTo(7);
        assertThat(s.layers()).extracting(TrainingEvent.LayerStats::node).containsExactly("hidden", "output");
        Histogram weights = layer(s, "hidden").weights();
        assertThat(weights.min()).isEqualTo(-1);
        assertThat(weights.max()).isEqualTo(1);
        int[] counts = weights.counts();
        assertThat(counts).hasSize(WeightSnapshots.BINS);
        // two -1s in the first bin, two 0s in the middle bin, two 1s in the last
        assertThat(counts[0]).isEqualTo(2);
        assertThat(counts[WeightSnapshots.BINS / 2]).isEqualTo(2);
        assertThat(counts[WeightSnapshots.BINS - 1]).isEqualTo(2);
        assertThat(weights.total()).isEqualTo(6);
        Histogram biases = layer(s, "hidden").biases();
        assertThat(biases.min()).isEqualTo(-10);
        assertThat(biases.counts()[0]).isEqualTo(1);
        assertThat(biases.counts()[WeightSnapshots.BINS - 1]).isEqualTo(2);
    }

    @Test
    void activationStatisticsAndDeadReluUnitsComeFromTheProbeBatch() {
        TrainingEvent.WeightSnapshot s = new WeightSnapshots(network(), PROBE, 128).take(0);

        TrainingEvent.LayerStats hidden = layer(s, "hidden");
        // outputs [0.5, 0, 0] and [1, 0, 0]: mean 1.5 / 6, E[a^2] = 1.25 / 6
        assertThat(hidden.activationMean()).isCloseTo(0.25, within(1e-6));
        assertThat(hidden.activationStd()).isCloseTo(Math.sqrt(1.25 / 6 - 0.0625), within(1e-6));
        assertThat(hidden.deadFraction()).isCloseTo(2 / 3.0, within(1e-12));
        TrainingEvent.LayerStats output = layer(s, "output");
        assertThat(output.activationMean()).isCloseTo(0.5, within(1e-6)); // two probabilities summing to 1
        assertThat(output.deadFraction()).as("softmax is not ReLU").isNaN();
    }

    @Test
    void withoutAPreparedStepGradientsAndUpdatesAreEmpty() {
        TrainingEvent.LayerStats hidden = layer(new WeightSnapshots(network(), PROBE, 128).take(0), "hidden");

        assertThat(hidden.gradients().total()).isZero();
        assertThat(hidden.updates().total()).isZero();
        assertThat(hidden.updateRatio()).isNaN();
    }

    @Test
    void gradientsAndTheUpdateAreThoseOfThePreparedStep() {
        CompiledNetwork net = network();
        int[] rows = {0, 1};
        INDArray x = PROBE.features(rows);
        INDArray y = PROBE.labels(rows);
        Map<String, INDArray> expected = net.gradients(x, y);
        float[] g = LayerStatistics.concat(java.util.List.of(expected.get("hidden/W").dup().data().asFloat(),
                expected.get("hidden/b").dup().data().asFloat()));
        WeightSnapshots snapshots = new WeightSnapshots(net, PROBE, 128);

        snapshots.prepare();
        net.fitBatch(x, y);
        TrainingEvent.LayerStats hidden = layer(snapshots.take(1), "hidden");

        Histogram gradients = hidden.gradients();
        Histogram independent = Histogram.of(g, WeightSnapshots.BINS);
        assertThat(gradients.total()).isEqualTo(9);
        assertThat(gradients.min()).isCloseTo(independent.min(), within(1e-6));
        assertThat(gradients.max()).isCloseTo(independent.max(), within(1e-6));
        assertThat(gradients.counts()).containsExactly(independent.counts());
        // plain SGD: update = -lr * g, and the weights before were W and B
        double expectedRatio = LEARNING_RATE * LayerStatistics.norm(g) / Math.sqrt(4 + 100);
        assertThat(hidden.updateRatio()).isCloseTo(expectedRatio, within(expectedRatio * 1e-4));
        assertThat(hidden.updates().total()).isEqualTo(9);
        assertThat(hidden.updates().max()).isCloseTo(-LEARNING_RATE * independent.min(), within(1e-6));
        assertThat(layer(snapshots.take(2), "hidden").gradients().total()).as("no step prepared since").isZero();
    }

    @Test
    void probeRowsSpreadOverTheWholePart() {
        assertThat(WeightSnapshots.spreadRows(10, 4)).containsExactly(0, 2, 5, 7);
        assertThat(WeightSnapshots.spreadRows(3, 128)).containsExactly(0, 1, 2);
    }

    @Test
    void biasesAreTheTensorsWhoseLocalNameStartsWithB() {
        assertThat(WeightSnapshots.isBias("dense_1/b")).isTrue();
        assertThat(WeightSnapshots.isBias("bn/beta")).isTrue();
        assertThat(WeightSnapshots.isBias("bn/gamma")).isFalse();
        assertThat(WeightSnapshots.isBias("b_layer/W")).isFalse();
    }
}
