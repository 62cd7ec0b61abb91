package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.perceptra.data.DataSource;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.Generator;
import org.perceptra.data.PreparedData;
import org.perceptra.data.SyntheticData;
import org.perceptra.engine.session.RunLog;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/** A real run on generated 2-D data delivers the live views, and taking them does not change the run. */
class SnapshotSessionTest {
    private static final TrainingSettings SETTINGS = TrainingSettings.defaults().withLearningRate(0.01)
            .withBatchAndEpochs(16, 3).withSeed(5);

    private final List<TrainingEvent> events = new CopyOnWriteArrayList<>();
    private final RunLog log = new RunLog();

    private static PreparedData data(Generator generator) throws Exception {
        DataSource.Generated source = new DataSource.Generated(generator, 200, 0.1, 3);
        Dataset all = SyntheticData.generate(source);
        return PreparedData.prepare(all, DatasetSpec.of(source));
    }

    private static NetworkGraph net(int outputs, String activation, String loss) {
        return TestNet.input(2).dense(8, "relu").then("drop", StandardLayers.DROPOUT, Map.of("rate", 0.2))
                .dense(8, "relu").output(outputs, activation, loss).graph();
    }

    private void train(NetworkGraph graph, PreparedData data) throws Exception {
        Nd4jTrainingLoop loop = new Nd4jTrainingLoop(GraphCompiler.compile(graph, SETTINGS), data, SETTINGS);
        TrainingSession session = new TrainingSession(loop, SETTINGS, e -> {
            events.add(e);
            log.onEvent(e);
        });
        session.start();
        assertThat(session.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        assertThat(log.ending()).isInstanceOf(TrainingEvent.RunFinished.class);
    }

    private <T extends TrainingEvent> List<T> all(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void aClassifierRunDeliversWeightSnapshotsAndDecisionBoundaries() throws Exception {
        PreparedData data = data(Generator.TWO_MOONS);
        train(net(2, "softmax", "categorical_crossentropy"), data);

        List<TrainingEvent.WeightSnapshot> snapshots = all(TrainingEvent.WeightSnapshot.class);
        // These epochs take milliseconds: snapshots after the first step and the last, and at most every 50 ms.
        assertThat(snapshots).as("after the first and the last step").hasSizeGreaterThanOrEqualTo(2);
        assertThat(snapshots.get(0).iteration()).isEqualTo(1);
        TrainingEvent.WeightSnapshot last = snapshots.get(snapshots.size() - 1);
        assertThat(last.iteration()).isEqualTo(log.iterations());
        assertThat(last.layers()).extracting(TrainingEvent.LayerStats::node)
                .containsExactly("dense_1", "drop", "dense_3", "output");
        TrainingEvent.LayerStats dense = last.layers().get(2);
        assertThat(dense.weights().total()).isEqualTo(64);
        assertThat(dense.biases().total()).isEqualTo(8);
        assertThat(dense.gradients().total()).as("the last step's gradients were kept").isEqualTo(72);
        assertThat(dense.updates().total()).isEqualTo(72);
        assertThat(dense.updateRatio()).isGreaterThan(0).isLessThan(1);
        assertThat(dense.deadFraction()).isBetween(0.0, 1.0);
        assertThat(dense.activationStd()).isPositive();

        List<TrainingEvent.DecisionBoundary> boundaries = all(TrainingEvent.DecisionBoundary.class);
        assertThat(boundaries).hasSizeGreaterThanOrEqualTo(2);
        assertThat(boundaries.get(boundaries.size() - 1).iteration()).isEqualTo(log.iterations());
        TrainingEvent.DecisionBoundary b = boundaries.get(boundaries.size() - 1);
        assertThat(b.resolution()).isEqualTo(SnapshotMaker.DEFAULT_RESOLUTION);
        assertThat(b.channels()).isEqualTo(2);
        assertThat(b.values()).hasSize(80 * 80 * 2);
        for (int cell = 0; cell < 80 * 80; cell++) {
            assertThat(b.values()[2 * cell] + b.values()[2 * cell + 1]).isBetween(0.999f, 1.001f);
        }
        assertThat(all(TrainingEvent.RegressionPreview.class)).isEmpty();
    }

    @Test
    void takingSnapshotsLeavesTheLossesExactlyAsWithout() throws Exception {
        PreparedData data = data(Generator.TWO_MOONS);
        NetworkGraph graph = net(2, "softmax", "categorical_crossentropy");
        train(graph, data);

        Nd4jTrainingLoop plain = new Nd4jTrainingLoop(GraphCompiler.compile(graph, SETTINGS), data, SETTINGS);
        float[] losses = new float[log.iterations()];
        int step = 0;
        for (int epoch = 0; epoch < SETTINGS.epochs(); epoch++) {
            for (int batch = 0; batch < plain.batchesPerEpoch(); batch++) {
                losses[step++] = (float) plain.trainBatch(epoch, batch);
            }
            plain.endEpoch(epoch);
        }
        plain.close();
        assertThat(all(TrainingEvent.WeightSnapshot.class)).isNotEmpty();
        assertThat(log.losses()).containsExactly(losses);
    }

    @Test
    void aRegressionRunDeliversPreviewsAndAOneChannelBoundary() throws Exception {
        PreparedData data = data(Generator.REGRESSION_PLANE);
        train(net(1, "linear", "mse"), data);

        List<TrainingEvent.RegressionPreview> previews = all(TrainingEvent.RegressionPreview.class);
        assertThat(previews).hasSizeGreaterThanOrEqualTo(2);
        TrainingEvent.RegressionPreview p = previews.get(previews.size() - 1);
        assertThat(p.iteration()).isEqualTo(log.iterations());
        assertThat(p.predictions()).hasSize(data.validation().size());
        assertThat(p.targets()).containsExactly(data.validation().values());
        TrainingEvent.DecisionBoundary b = all(TrainingEvent.DecisionBoundary.class).get(0);
        assertThat(b.channels()).isEqualTo(1);
        assertThat(b.values()).hasSize(80 * 80);
    }
}
