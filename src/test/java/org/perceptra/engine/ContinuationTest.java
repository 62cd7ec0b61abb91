package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perceptra.data.BundledDataset;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.engine.session.RunLog;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.Optimizer;
import org.perceptra.model.TrainingSettings.Schedule;
import org.perceptra.model.TrainingSettings.ScheduleType;
import org.perceptra.model.layers.StandardLayers;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectJson;
import org.perceptra.project.StoredResults;

/**
 * The acceptance of "training can resume exactly where it stopped": two epochs in one go, against one epoch, the
 * project saved to its file text, reopened, and continued for one more epoch, give the same per-step losses and the
 * same final weights, bit for bit, for every optimiser (with schedules, dropout and weight decay along the way).
 */
class ContinuationTest {
    private static final DataSource.Bundled IRIS = new DataSource.Bundled(BundledDataset.IRIS, List.of());
    private static final NetworkGraph NET = TestNet.input(4).dense(8, "relu")
            .then(StandardLayers.DROPOUT, Map.of("rate", 0.2))
            .output(3, "softmax", "categorical_crossentropy").graph();
    private static final ObjectMapper JSON = new ObjectMapper();

    record Case(String name, TrainingSettings settings) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        TrainingSettings base = TrainingSettings.defaults().withLearningRate(0.02).withBatchAndEpochs(16, 2)
                .withSeed(5);
        Schedule halving = new Schedule(ScheduleType.STEP, 1, 0.5, 0, 0.0);
        Schedule plateau = new Schedule(ScheduleType.REDUCE_ON_PLATEAU, 1, 0.5, 0, 0.0);
        return Stream.of(
                new Case("adam, step schedule", with(base, Optimizer.ADAM, halving, 0)),
                new Case("momentum, reduce on plateau", with(base, Optimizer.MOMENTUM, plateau, 0)),
                new Case("sgd, exponential", with(base, Optimizer.SGD,
                        new Schedule(ScheduleType.EXPONENTIAL, 1, 0.7, 0, 0.0), 0)),
                new Case("nesterov", with(base, Optimizer.NESTEROV, Schedule.CONSTANT, 0)),
                new Case("rmsprop", with(base, Optimizer.RMSPROP, Schedule.CONSTANT, 0)),
                new Case("adagrad", with(base, Optimizer.ADAGRAD, Schedule.CONSTANT, 0)),
                new Case("nadam", with(base, Optimizer.NADAM, Schedule.CONSTANT, 0)),
                new Case("adamw with decay", with(base, Optimizer.ADAMW, halving, 0.01)),
                new Case("adam, early stopping watching", new TrainingSettings(Optimizer.ADAM, 0.02, 0.9, 16, 2, 5,
                        plateau, 0, 0, 0, new TrainingSettings.EarlyStopping(true, "val_loss", 5, 0.0, true))));
    }

    private static TrainingSettings with(TrainingSettings s, Optimizer o, Schedule schedule, double decay) {
        return new TrainingSettings(o, s.learningRate(), s.momentum(), s.batchSize(), s.epochs(), s.seed(), schedule,
                0, 0, decay, s.earlyStopping());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneEpochSavedReopenedAndContinuedIsTwoEpochsInOneGo(Case c) throws Exception {
        Run whole = fresh(c.settings());
        TrainingSettings oneEpoch = c.settings().withBatchAndEpochs(16, 1);
        Run first = fresh(oneEpoch);

        Project reopened = saveAndReopen(first.weights, oneEpoch);
        String[] note = new String[1];
        Run second = continued(reopened.training(), reopened.results().weightsJson(), 1, note);

        assertThat(note[0]).startsWith("Continuing after epoch 1").contains("with the saved optimiser state");
        assertThat(concat(first.log.losses(), second.log.losses())).containsExactly(whole.log.losses());
        assertThat(tensors(second.weights)).isEqualTo(tensors(whole.weights));
    }

    /** Stopped in the middle of an epoch (the window's Stop), saved, and continued to the end of the plan. */
    @Test
    void aRunStoppedPartWayThroughAnEpochContinuesToTheSameEnd() throws Exception {
        TrainingSettings s = with(TrainingSettings.defaults().withLearningRate(0.02).withBatchAndEpochs(16, 2)
                .withSeed(9), Optimizer.ADAM, new Schedule(ScheduleType.COSINE, 1, 0.5, 0, 0.001), 0);
        Run whole = fresh(s);
        RunLog log = new RunLog();
        RunPreparation.Ready ready = (RunPreparation.Ready) checked(s).session(checked(s).split(), log);
        TrainingSession session = ready.session();
        session.startPaused();
        for (int i = 0; i < 10; i++) {
            session.stepBatch();
        }
        while (session.iteration() < 10 && !session.awaitEnd(10, TimeUnit.MILLISECONDS)) {
            Thread.onSpinWait();
        }
        session.stop();
        assertThat(session.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        Run first = new Run(log, session.trainedWeightsJson().orElseThrow());
        assertThat(TrainingState.in(first.weights).orElseThrow().batchInEpoch()).as("stopped inside epoch 2").isPositive();

        Project reopened = saveAndReopen(first.weights, s);
        Run second = continued(reopened.training(), reopened.results().weightsJson(), null, new String[1]);

        assertThat(concat(first.log.losses(), second.log.losses())).containsExactly(whole.log.losses());
        assertThat(tensors(second.weights)).isEqualTo(tensors(whole.weights));
    }

    @Test
    void weightsSavedWithoutAStateContinueWithAFreshOptimiserAndSaySo() throws Exception {
        TrainingSettings s = TrainingSettings.defaults().withLearningRate(0.02).withBatchAndEpochs(16, 1).withSeed(5);
        Run first = fresh(s);
        ObjectMapper m = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode)
                m.readTree(first.weights);
        old.remove("trainingState"); // as saved before the state was kept

        String[] note = new String[1];
        Run second = continued(s, m.writeValueAsString(old), 1, note);

        assertThat(note[0]).contains("without the optimiser's state").contains("fresh optimiser");
        assertThat(second.log.ending()).isInstanceOf(TrainingEvent.RunFinished.class);
        assertThat(second.log.losses()[0]).as("starts from the trained weights, not fresh ones")
                .isLessThan(first.log.losses()[0]);
    }

    @Test
    void aStateFromOtherSettingsIsNotUsedAndTheNoteSaysWhy() throws Exception {
        TrainingSettings s = TrainingSettings.defaults().withLearningRate(0.02).withBatchAndEpochs(16, 1).withSeed(5);
        Run first = fresh(s);
        String[] note = new String[1];

        Run second = continued(s.withOptimizer(Optimizer.SGD), first.weights, 1, note);

        assertThat(note[0]).contains("does not fit").contains("adam").contains("sgd");
        assertThat(second.log.ending()).isInstanceOf(TrainingEvent.RunFinished.class);
    }

    @Test
    void noWeightsAtAllTrainFromFreshOnesAndSaySo() throws Exception {
        TrainingSettings s = TrainingSettings.defaults().withBatchAndEpochs(16, 1);

        String[] note = new String[1];
        Run run = continued(s, null, null, note);

        assertThat(note[0]).contains("no trained weights");
        assertThat(run.log.ending()).isInstanceOf(TrainingEvent.RunFinished.class);
    }

    private record Run(RunLog log, String weights) {
    }

    private static RunPreparation.Checked checked(TrainingSettings s) {
        return (RunPreparation.Checked) RunPreparation.check(NET, DatasetSpec.of(IRIS), s, null, Long.MAX_VALUE);
    }

    private static Run train(Function<RunLog, RunPreparation.Outcome> prepare) throws InterruptedException {
        RunLog log = new RunLog();
        TrainingSession session = ((RunPreparation.Ready) prepare.apply(log)).session();
        session.start();
        assertThat(session.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        return new Run(log, session.trainedWeightsJson().orElseThrow());
    }

    private static Run fresh(TrainingSettings s) throws InterruptedException {
        return train(log -> checked(s).session(checked(s).split(), log));
    }

    /** Continues from {@code weights}; the note goes into {@code note[0]}. */
    private static Run continued(TrainingSettings s, String weights, Integer epochs, String[] note)
            throws InterruptedException {
        return train(log -> {
            Continuation.Continued c = Continuation.prepare(checked(s), weights, epochs, log);
            note[0] = c.note();
            return c.outcome();
        });
    }

    private static Project saveAndReopen(String weights, TrainingSettings s) throws Exception {
        Project saved = Project.empty("iris").withGraph(NET).withDataset(DatasetSpec.of(IRIS)).withTraining(s)
                .withResults(new StoredResults(weights, null));
        return ProjectJson.fromJson(ProjectJson.toJson(saved), null);
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Each stored tensor's exact bytes (Base64 of its float32 values), by name. */
    private static Map<String, String> tensors(String weightsJson) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode t : JSON.readTree(weightsJson).path("tensors")) {
            out.put(t.path("name").asText(), t.path("values").asText());
        }
        return out;
    }
}
