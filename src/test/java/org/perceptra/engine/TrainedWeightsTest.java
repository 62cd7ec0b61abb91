package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetLoader;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;

/**
 * A run that ends well leaves its weights, with the scaling they expect, for the project to keep: loaded into a
 * freshly compiled network they answer exactly as the run's last evaluation said. A failed run leaves none.
 */
class TrainedWeightsTest {
    private static final TrainingSettings SETTINGS = TrainingSettings.defaults().withLearningRate(0.02)
            .withBatchAndEpochs(16, 4).withSeed(3);
    private static final NetworkGraph NET = TestNet.input(4).dense(8, "relu")
            .output(3, "softmax", "categorical_crossentropy").graph();

    /** Reopen a saved trained project: the same answers, bit for bit (weights travel as exact float32). */
    @Test
    void aSavedAndReopenedProjectAnswersBitForBitAsTheTrainedNetworkDid() throws Exception {
        DataSource.Bundled iris = new DataSource.Bundled(BundledDataset.IRIS, List.of());
        PreparedData data = PreparedData.prepare(DatasetLoader.load(iris, null), DatasetSpec.of(iris));
        Nd4jTrainingLoop loop = new Nd4jTrainingLoop(GraphCompiler.compile(NET, SETTINGS), data, SETTINGS);
        for (int b = 0; b < loop.batchesPerEpoch(); b++) {
            loop.trainBatch(0, b);
        }
        TrainingArrays validation = loop.data().validation().orElseThrow();
        int[] rows = java.util.stream.IntStream.range(0, validation.size()).toArray();
        loop.network().setMode(Mode.INFERENCE);
        float[] before = loop.network().predict(validation, rows);
        org.perceptra.project.Project saved = org.perceptra.project.Project.empty("iris").withGraph(NET)
                .withTraining(SETTINGS).withResults(new org.perceptra.project.StoredResults(
                        loop.trainedWeightsJson().orElseThrow(), null));

        org.perceptra.project.Project reopened = org.perceptra.project.ProjectJson.fromJson(
                org.perceptra.project.ProjectJson.toJson(saved), null);
        CompiledNetwork fresh = GraphCompiler.compile(reopened.graph(), reopened.training());
        WeightsJson.load(reopened.results().weightsJson(), fresh);
        fresh.setMode(Mode.INFERENCE);
        float[] after = fresh.predict(validation, rows);
        loop.close();
        loop.releaseData();

        assertThat(after).containsExactly(before);
    }

    @Test
    void theWeightsARunEndedWithReproduceItsLastValidationAccuracy() throws Exception {
        DataSource.Bundled iris = new DataSource.Bundled(BundledDataset.IRIS, List.of());
        PreparedData data = PreparedData.prepare(DatasetLoader.load(iris, null), DatasetSpec.of(iris));
        List<TrainingEvent> events = Collections.synchronizedList(new ArrayList<>());
        TrainingSession session = new TrainingSession(new Nd4jTrainingLoop(GraphCompiler.compile(NET, SETTINGS),
                data, SETTINGS), SETTINGS, events::add);
        assertThat(session.trainedWeightsJson()).as("nothing before the run").isEmpty();

        session.start();
        assertThat(session.awaitEnd(60, TimeUnit.SECONDS)).isTrue();

        String weights = session.trainedWeightsJson().orElseThrow();
        double lastAccuracy = events.stream().filter(TrainingEvent.EpochEnded.class::isInstance)
                .map(TrainingEvent.EpochEnded.class::cast).reduce((a, b) -> b).orElseThrow()
                .validationMetrics().get("accuracy");
        CompiledNetwork fresh = GraphCompiler.compile(NET, SETTINGS);
        WeightsJson.load(weights, fresh);
        Scalers scalers = WeightsJson.scalers(weights).orElseThrow();
        NetworkData reloaded = NetworkData.of(PreparedData.prepare(DatasetLoader.load(iris, null),
                DatasetSpec.of(iris), scalers.features()), fresh);
        EvaluationReport report = reloaded.evaluate(fresh, reloaded.validation().orElseThrow());
        assertThat(report.metrics().get("accuracy")).isCloseTo(lastAccuracy, within(1e-12));
        reloaded.close();
    }
}
