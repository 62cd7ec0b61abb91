package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.Generator;
import org.perceptra.data.PreparedData;
import org.perceptra.data.SyntheticData;
import org.perceptra.data.TargetScaler;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.Schedule;
import org.perceptra.model.TrainingSettings.ScheduleType;

/** The ND4J loop inside a real (tiny) session: scheduled rates, metrics per epoch, scaled regression targets. */
class Nd4jTrainingLoopTest {
    private static final DatasetSpec.Split SPLIT = new DatasetSpec.Split(0.25, 0.25, false, 1, 3);

    private static TrainingSettings settings(Schedule schedule, double lr, int batch, int epochs) {
        return new TrainingSettings(TrainingSettings.Optimizer.ADAM, lr, 0.9, batch, epochs, 11, schedule, 0, 0, 0,
                TrainingSettings.EarlyStopping.OFF);
    }

    private static List<TrainingEvent> run(Nd4jTrainingLoop loop, TrainingSettings s) throws InterruptedException {
        List<TrainingEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());
        TrainingSession session = new TrainingSession(loop, s, events::add);
        session.start();
        assertThat(session.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        return events;
    }

    @Test
    void theRateReportedWithEachStepFollowsTheSchedule() throws Exception {
        Dataset xor = SyntheticData.generate(Generator.XOR, 64, 0.1, 5);
        PreparedData data = PreparedData.prepare(xor, new DatasetSpec(
                new org.perceptra.data.DataSource.None(), SPLIT, DatasetSpec.Normalization.ZSCORE));
        Schedule warmupCosine = new Schedule(ScheduleType.WARMUP_COSINE, 1, 0.5, 1, 0.001);
        TrainingSettings s = settings(warmupCosine, 0.05, 8, 4);
        CompiledNetwork net = GraphCompiler.compile(TestNet.input(2).dense(4, "tanh")
                .output(2, "softmax", "categorical_crossentropy").graph(), s);
        Nd4jTrainingLoop loop = new Nd4jTrainingLoop(net, data, s);
        int perEpoch = loop.batchesPerEpoch();
        int total = 4 * perEpoch;

        List<Float> rates = new ArrayList<>();
        for (TrainingEvent e : run(loop, s)) {
            if (e instanceof TrainingEvent.Iterations it) {
                assertThat(it.firstIteration()).isEqualTo(rates.size() + 1);
                for (float r : it.learningRates()) {
                    rates.add(r);
                }
            }
        }
        assertThat(perEpoch).isEqualTo(4); // 32 training samples in batches of 8
        assertThat(rates).hasSize(total);
        for (int t = 0; t < total; t++) {
            double expected = t < perEpoch ? 0.05 * (t + 1) / perEpoch
                    : 0.001 + (0.05 - 0.001) * 0.5 * (1 + Math.cos(Math.PI * (t - perEpoch) / (total - perEpoch)));
            assertThat((double) rates.get(t)).as("step %d", t).isCloseTo(expected, within(1e-7));
        }
        assertThat(net.learningRate()).isCloseTo(rates.get(total - 1), within(1e-7));
    }

    @Test
    void classificationEpochsCarryTheMetricsAndTheTestPartIsEvaluatedOnRequest() throws Exception {
        Dataset moons = SyntheticData.generate(Generator.TWO_MOONS, 120, 0.1, 2);
        PreparedData data = PreparedData.prepare(moons, new DatasetSpec(
                new org.perceptra.data.DataSource.None(), SPLIT, DatasetSpec.Normalization.ZSCORE));
        TrainingSettings s = settings(Schedule.CONSTANT, 0.02, 16, 2);
        CompiledNetwork net = GraphCompiler.compile(TestNet.input(2).dense(8, "relu")
                .output(1, "sigmoid", "binary_crossentropy").graph(), s);
        Nd4jTrainingLoop loop = new Nd4jTrainingLoop(net, data, s);
        List<TrainingEvent> events = run(loop, s);

        TrainingEvent.EpochEnded last = events.stream().filter(TrainingEvent.EpochEnded.class::isInstance)
                .map(TrainingEvent.EpochEnded.class::cast).reduce((a, b) -> b).orElseThrow();
        assertThat(last.trainMetrics()).containsKeys("accuracy", "precision", "recall", "f1", "log_loss", "auc");
        assertThat(last.validationMetrics()).containsKeys("accuracy", "auc");
        EvaluationReport test = loop.evaluate(Nd4jTrainingLoop.Part.TEST).orElseThrow();
        assertThat(test.samples()).isEqualTo(30);
        assertThat(test.confusion()).hasDimensions(2, 2);
        assertThat(test.classes()).hasSize(2);
        // The epoch's train figures are those of the training part evaluated again with the same weights.
        EvaluationReport train = loop.evaluate(Nd4jTrainingLoop.Part.TRAIN).orElseThrow();
        assertThat(train.metrics()).isEqualTo(last.trainMetrics());
        assertThat(train.loss()).isEqualTo(last.trainLoss());
    }

    @Test
    void regressionLearnsScaledTargetsAndReportsMetricsInTheDataUnits() throws Exception {
        int n = 80;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (float) n;
            y[i] = 1000 + 500 * x[i];
        }
        Dataset line = Dataset.ofValues(x, Shape.of(1), y, 1);
        PreparedData data = PreparedData.prepare(line, new DatasetSpec(
                new org.perceptra.data.DataSource.None(), SPLIT, DatasetSpec.Normalization.ZSCORE));
        TrainingSettings s = settings(Schedule.CONSTANT, 0.05, 8, 30);
        CompiledNetwork net = GraphCompiler.compile(TestNet.input(1).output(1, "linear", "mse").graph(), s);
        Nd4jTrainingLoop loop = new Nd4jTrainingLoop(net, data, s);
        TargetScaler targets = loop.data().targets().orElseThrow();
        assertThat(targets.isIdentity()).isFalse();
        assertThat(targets.mean()[0]).isBetween(1150f, 1350f);

        List<TrainingEvent> events = run(loop, s);
        TrainingEvent.EpochEnded first = events.stream().filter(TrainingEvent.EpochEnded.class::isInstance)
                .map(TrainingEvent.EpochEnded.class::cast).findFirst().orElseThrow();
        assertThat(first.trainLoss()).as("loss in scaled units").isLessThan(5);
        EvaluationReport test = loop.evaluate(Nd4jTrainingLoop.Part.TEST).orElseThrow();
        assertThat(test.metric("r2")).isGreaterThan(0.99);
        assertThat(test.metric("mae")).as("in the data's units").isLessThan(15).isGreaterThan(0);
        assertThat(test.metrics()).containsOnlyKeys("mae", "rmse", "r2");

        TrainingEvent.RegressionPreview preview = loop.regressionPreview(0).orElseThrow();
        for (int i = 0; i < preview.predictions().length; i++) {
            assertThat(preview.predictions()[i]).as("preview predictions in the data's units, like its targets")
                    .isCloseTo(preview.targets()[i], org.assertj.core.data.Offset.offset(30f));
        }
    }

    @Test
    void targetsOfAnOutputThatIsNotLinearAreLeftAsTheyAre() throws Exception {
        float[] x = {0, 1, 2, 3, 4, 5, 6, 7};
        float[] y = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f};
        PreparedData data = PreparedData.prepare(Dataset.ofValues(x, Shape.of(1), y, 1), new DatasetSpec(
                new org.perceptra.data.DataSource.None(), SPLIT, DatasetSpec.Normalization.ZSCORE));
        TrainingSettings s = settings(Schedule.CONSTANT, 0.05, 8, 1);
        CompiledNetwork net = GraphCompiler.compile(TestNet.input(1).output(1, "sigmoid", "mse").graph(), s);
        assertThat(new Nd4jTrainingLoop(net, data, s).data().targets().orElseThrow().isIdentity()).isTrue();
    }
}
