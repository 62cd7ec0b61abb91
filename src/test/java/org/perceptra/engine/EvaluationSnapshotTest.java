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
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetLoader;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.Generator;
import org.perceptra.data.PreparedData;
import org.perceptra.data.SyntheticData;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingEvent.EpochEnded;
import org.perceptra.engine.session.TrainingEvent.EvaluationSnapshot;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;

/**
 * Real runs deliver, after each epoch, every evaluated sample's answer, and those answers agree with the epoch's
 * metrics computed by ND4J: the confusion diagonal with the accuracy, the ROC area with the "auc" metric.
 */
class EvaluationSnapshotTest {
    private static final TrainingSettings SETTINGS = TrainingSettings.defaults().withLearningRate(0.02)
            .withBatchAndEpochs(16, 3).withSeed(7);

    private static List<TrainingEvent> train(NetworkGraph graph, PreparedData data) throws Exception {
        List<TrainingEvent> events = Collections.synchronizedList(new ArrayList<>());
        TrainingSession session = new TrainingSession(new Nd4jTrainingLoop(GraphCompiler.compile(graph, SETTINGS),
                data, SETTINGS), SETTINGS, events::add);
        session.start();
        assertThat(session.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        return new ArrayList<>(events);
    }

    private static <T extends TrainingEvent> List<T> all(List<TrainingEvent> events, Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static PreparedData moons(DatasetSpec.Split split) throws Exception {
        Dataset moons = SyntheticData.generate(Generator.TWO_MOONS, 200, 0.25, 4);
        return PreparedData.prepare(moons, new DatasetSpec(new DataSource.None(), split,
                DatasetSpec.Normalization.ZSCORE));
    }

    @Test
    void irisAnswersMatchTheValidationAccuracyOfEachEpoch() throws Exception {
        DataSource.Bundled iris = new DataSource.Bundled(BundledDataset.IRIS, List.of());
        PreparedData data = PreparedData.prepare(DatasetLoader.load(iris, null), DatasetSpec.of(iris));
        List<TrainingEvent> events = train(TestNet.input(4).dense(8, "relu")
                .output(3, "softmax", "categorical_crossentropy").graph(), data);

        List<EpochEnded> epochs = all(events, EpochEnded.class);
        List<EvaluationSnapshot> snapshots = all(events, EvaluationSnapshot.class);
        assertThat(snapshots).hasSameSizeAs(epochs).hasSize(3);
        for (int e = 0; e < epochs.size(); e++) {
            EvaluationSnapshot s = snapshots.get(e);
            assertThat(events.indexOf(s)).as("right after its epoch").isEqualTo(events.indexOf(epochs.get(e)) + 1);
            assertThat(s.epoch()).isEqualTo(e);
            assertThat(s.iteration()).isEqualTo(epochs.get(e).iteration());
            assertThat(s.part()).isEqualTo("validation");
            assertThat(s.partSize()).isEqualTo(data.validation().size()).isEqualTo(s.size());
            assertThat(s.actual()).containsExactly(data.validation().classes());
            assertThat(s.positiveScores()).as("three classes: no ROC").isEmpty();
            int correct = 0;
            for (int i = 0; i < s.size(); i++) {
                correct += s.actual()[i] == s.predicted()[i] ? 1 : 0;
                assertThat(s.confidence()[i]).isBetween(1f / 3 - 1e-6f, 1f);
            }
            assertThat(correct / (double) s.size()).isCloseTo(epochs.get(e).validationMetrics().get("accuracy"),
                    within(1e-12));
        }
    }

    @Test
    void twoClassScoresGiveTheEpochsRocAreaWithOneSigmoidOrTwoSoftmaxUnits() throws Exception {
        PreparedData data = moons(new DatasetSpec.Split(0.3, 0, true, 1, 5));
        for (NetworkGraph graph : List.of(
                TestNet.input(2).dense(8, "tanh").output(1, "sigmoid", "binary_crossentropy").graph(),
                TestNet.input(2).dense(8, "tanh").output(2, "softmax", "categorical_crossentropy").graph())) {
            List<TrainingEvent> events = train(graph, data);
            EpochEnded last = all(events, EpochEnded.class).get(2);
            EvaluationSnapshot s = all(events, EvaluationSnapshot.class).get(2);
            assertThat(s.positiveScores()).hasSize(data.validation().size());
            assertThat(mannWhitneyArea(s.actual(), s.positiveScores()))
                    .isCloseTo(last.validationMetrics().get("auc"), within(1e-6)).isGreaterThan(0.5);
            for (int i = 0; i < s.size(); i++) {
                assertThat(s.predicted()[i]).isEqualTo(s.positiveScores()[i] > 0.5f ? 1 : 0);
            }
        }
    }

    @Test
    void withoutAValidationPartTheTrainingPartIsDescribed() throws Exception {
        PreparedData data = moons(new DatasetSpec.Split(0, 0, false, 1, 5));
        List<TrainingEvent> events = train(TestNet.input(2).dense(8, "tanh")
                .output(2, "softmax", "categorical_crossentropy").graph(), data);
        EvaluationSnapshot s = all(events, EvaluationSnapshot.class).get(0);
        assertThat(s.part()).isEqualTo("training");
        assertThat(s.actual()).containsExactly(data.train().classes());
        int correct = 0;
        for (int i = 0; i < s.size(); i++) {
            correct += s.actual()[i] == s.predicted()[i] ? 1 : 0;
        }
        assertThat(correct / (double) s.size()).isCloseTo(
                all(events, EpochEnded.class).get(0).trainMetrics().get("accuracy"), within(1e-12));
    }

    @Test
    void regressionHasNoEvaluationSnapshot() throws Exception {
        Dataset plane = SyntheticData.generate(Generator.REGRESSION_PLANE, 80, 0.1, 2);
        PreparedData data = PreparedData.prepare(plane, DatasetSpec.of(new DataSource.None()));
        List<TrainingEvent> events = train(TestNet.input(2).output(1, "linear", "mse").graph(), data);
        assertThat(all(events, EvaluationSnapshot.class)).isEmpty();
        assertThat(all(events, EpochEnded.class)).hasSize(3);
    }

    /** The probability that a random positive scores above a random negative (ties count half). */
    private static double mannWhitneyArea(int[] actual, float[] scores) {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < actual.length; i++) {
            for (int j = 0; j < actual.length; j++) {
                if (actual[i] == 1 && actual[j] == 0) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
