package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.engine.bench.TrainingBenchmark;
import org.perceptra.engine.bench.TwoSpirals;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;

/** Real learning on real (generated) data with fixed seeds: thresholds are facts measured on this engine. */
class ConvergenceTest {
    private static final NetworkGraph SPIRAL_MLP = TrainingBenchmark.spiralNet(new int[] {32, 32, 16}, "relu");

    /** Trains for up to {@code maxEpochs}, stopping once the accuracy is reached; returns every loss. */
    private static Run train(NetworkGraph graph, TrainingSettings s, float[] x, float[] y, int[] classes,
                             double target, int maxEpochs) {
        CompiledNetwork net = GraphCompiler.compile(graph, s);
        TrainingArrays data = new TrainingArrays(x, Shape.of(2), y, Shape.of(classes.length == 0 ? 1 : 2),
                x.length / 2);
        List<Double> losses = new ArrayList<>();
        double accuracy = 0;
        int epoch = 0;
        while (epoch < maxEpochs && accuracy < target) {
            for (int[] rows : TrainingBenchmark.batches(data.size(), s.batchSize(), s.seed() + epoch)) {
                losses.add(net.fitBatch(data, rows));
            }
            epoch++;
            accuracy = accuracy(net.predict(x, data.size()), classes);
        }
        return new Run(losses, accuracy, epoch);
    }

    private record Run(List<Double> losses, double accuracy, int epochs) {
    }

    private static double accuracy(float[] p, int[] classes) {
        int right = 0;
        for (int i = 0; i < classes.length; i++) {
            right += (p[2 * i + 1] > p[2 * i] ? 1 : 0) == classes[i] ? 1 : 0;
        }
        return right / (double) classes.length;
    }

    private static TrainingSettings adam(double lr, int batch, long seed) {
        return TrainingSettings.defaults().withOptimizer(TrainingSettings.Optimizer.ADAM).withLearningRate(lr)
                .withBatchAndEpochs(batch, 200).withSeed(seed);
    }

    @Test
    void spiralReaches95PercentTrainingAccuracy() {
        TwoSpirals d = TwoSpirals.generate(400, 0.0, 42);
        Run run = train(SPIRAL_MLP, adam(0.01, 32, 42), d.features(), d.labels(), d.classes(), 0.95, 60); // 20 epochs measured
        assertThat(run.accuracy()).as("after %d epochs", run.epochs()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void xorIsLearnedPerfectly() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        int n = 200;
        float[] x = new float[2 * n];
        float[] y = new float[2 * n];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = (float) rng.nextDouble(-1, 1);
            x[2 * i + 1] = (float) rng.nextDouble(-1, 1);
            classes[i] = x[2 * i] * x[2 * i + 1] > 0 ? 1 : 0;
            y[2 * i + classes[i]] = 1;
        }
        NetworkGraph graph = TrainingBenchmark.spiralNet(new int[] {8, 8}, "tanh");
        Run run = train(graph, adam(0.03, 10, 7), x, y, classes, 1.0, 200);
        assertThat(run.accuracy()).as("after %d epochs", run.epochs()).isEqualTo(1.0);
    }

    @Test
    void theSameSeedGivesTheSameLossesRunAfterRun() {
        TwoSpirals d = TwoSpirals.generate(400, 0.1, 5);
        TrainingSettings s = adam(0.01, 32, 9);
        NetworkGraph withDropout = org.perceptra.engine.TestNet.input(2).dense(16, "relu")
                .then(org.perceptra.model.layers.StandardLayers.DROPOUT, java.util.Map.of("rate", 0.2))
                .dense(16, "relu").output(2, "softmax", "categorical_crossentropy").graph();
        Run first = train(withDropout, s, d.features(), d.labels(), d.classes(), 2, 5);
        Run second = train(withDropout, s, d.features(), d.labels(), d.classes(), 2, 5);
        assertThat(second.losses()).containsExactlyElementsOf(first.losses());
        Run otherSeed = train(withDropout, adam(0.01, 32, 10), d.features(), d.labels(), d.classes(), 2, 5);
        assertThat(otherSeed.losses()).isNotEqualTo(first.losses());
    }
}
