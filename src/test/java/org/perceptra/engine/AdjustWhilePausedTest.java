package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.Generator;
import org.perceptra.data.PreparedData;
import org.perceptra.data.SyntheticData;
import org.perceptra.engine.session.Adjustment;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/** Settings changed while paused take effect from the next step, and only from it. */
class AdjustWhilePausedTest {
    private static final int PAUSE_AT = 5;
    private static final TrainingSettings SETTINGS = new TrainingSettings(TrainingSettings.Optimizer.ADAM, 0.02, 0.9,
            16, 2, 11, TrainingSettings.Schedule.CONSTANT, 0, 0, 0, TrainingSettings.EarlyStopping.OFF);

    private record Run(List<Float> losses, List<Float> rates, List<TrainingEvent> events, Nd4jTrainingLoop loop) {
    }

    private static Nd4jTrainingLoop loop(double dropout) throws Exception {
        PreparedData data = PreparedData.prepare(SyntheticData.generate(Generator.TWO_MOONS, 120, 0.1, 2),
                new DatasetSpec(new DataSource.None(), new DatasetSpec.Split(0.25, 0.25, false, 1, 3),
                        DatasetSpec.Normalization.ZSCORE));
        TestNet net = TestNet.input(2).dense(8, "relu");
        if (dropout > 0) {
            net.then(StandardLayers.DROPOUT, Map.of("rate", dropout));
        }
        return new Nd4jTrainingLoop(GraphCompiler.compile(net.output(1, "sigmoid", "binary_crossentropy").graph(),
                SETTINGS), data, SETTINGS);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            Thread.sleep(2);
        }
    }

    /** Trains PAUSE_AT steps, applies {@code change} (if any) while paused, then trains to the end. */
    private static Run run(Adjustment change) throws Exception {
        Nd4jTrainingLoop loop = loop(0.3);
        List<TrainingEvent> events = Collections.synchronizedList(new ArrayList<>());
        TrainingSession session = new TrainingSession(loop, SETTINGS, events::add);
        session.startPaused();
        for (int i = 0; i < PAUSE_AT; i++) {
            session.stepBatch();
        }
        await(() -> session.iteration() == PAUSE_AT);
        if (change != null) {
            session.adjust(change);
            await(() -> events.stream().anyMatch(e -> e instanceof TrainingEvent.Adjusted));
        }
        session.resume();
        assertThat(session.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        List<Float> losses = new ArrayList<>();
        List<Float> rates = new ArrayList<>();
        synchronized (events) {
            for (TrainingEvent e : events) {
                if (e instanceof TrainingEvent.Iterations it) {
                    for (int i = 0; i < it.count(); i++) {
                        losses.add(it.losses()[i]);
                        rates.add(it.learningRates()[i]);
                    }
                }
            }
        }
        return new Run(losses, rates, List.copyOf(events), loop);
    }

    @Test
    void aNewLearningRateIsUsedFromTheNextStepAndTheLossesDifferFromThereOnOnly() throws Exception {
        Run plain = run(null);
        Run adjusted = run(Adjustment.learningRate(0.005));

        assertThat(adjusted.losses()).hasSameSizeAs(plain.losses());
        for (int step = 0; step < plain.rates().size(); step++) {
            assertThat(adjusted.rates().get(step)).as("rate of step %d", step + 1)
                    .isEqualTo(step < PAUSE_AT ? 0.02f : 0.005f);
            assertThat(plain.rates().get(step)).isEqualTo(0.02f);
        }
        // Step PAUSE_AT + 1 measures its loss before its update: the weights are still the same there.
        assertThat(adjusted.losses().subList(0, PAUSE_AT + 1)).isEqualTo(plain.losses().subList(0, PAUSE_AT + 1));
        assertThat(adjusted.losses().get(PAUSE_AT + 1)).isNotEqualTo(plain.losses().get(PAUSE_AT + 1));

        TrainingEvent.Adjusted note = adjusted.events().stream().filter(e -> e instanceof TrainingEvent.Adjusted)
                .map(TrainingEvent.Adjusted.class::cast).findFirst().orElseThrow();
        assertThat(note.iteration()).isEqualTo(PAUSE_AT);
        assertThat(note.describe()).isEqualTo("learning rate 0.02 → 0.005");
        assertThat(adjusted.loop().tunables().learningRate()).isEqualTo(0.005);
    }

    @Test
    void aDropoutRateOfZeroMakesTheTrainingPathAnswerAsTheInferencePathDoes() throws Exception {
        Nd4jTrainingLoop loop = loop(0.5);
        CompiledNetwork net = loop.network();
        float[] x = {0.5f, -1f, 1f, 0.2f, -0.3f, 0.8f, 1.5f, -0.7f};
        assertThat(trainingPath(net, x)).isNotEqualTo(inferencePath(net, x));

        TrainingSession session = new TrainingSession(loop, SETTINGS, e -> { });
        session.startPaused();
        await(() -> session.tunables().hasDropout());
        assertThat(session.tunables().dropoutRate()).isEqualTo(0.5);
        session.adjust(new Adjustment(null, 1e-4, 0.0));
        await(() -> session.tunables().dropoutRate() == 0.0);

        assertThat(trainingPath(net, x)).isEqualTo(inferencePath(net, x));
        assertThat(net.weightDecay()).isEqualTo(1e-4);
        session.stop();
        assertThat(session.awaitEnd(10, TimeUnit.SECONDS)).isTrue();
    }

    private static float[] trainingPath(CompiledNetwork net, float[] x) {
        net.setMode(Mode.TRAINING);
        return net.predict(x, x.length / 2);
    }

    private static float[] inferencePath(CompiledNetwork net, float[] x) {
        net.setMode(Mode.INFERENCE);
        return net.predict(x, x.length / 2);
    }

    @Test
    void changesAreRefusedWhileRunningAndWhenAValueCannotBeUsed() throws Exception {
        TrainingSession session = new TrainingSession(loop(0), SETTINGS, e -> { });
        session.startPaused();
        await(() -> session.tunables().adjustable());
        assertThatThrownBy(() -> session.adjust(Adjustment.learningRate(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be above 0");
        assertThatThrownBy(() -> session.adjust(new Adjustment(null, null, 0.2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no dropout layer");
        session.resume();
        assertThatThrownBy(() -> session.adjust(Adjustment.learningRate(0.1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("paused");
        session.stop();
        assertThat(session.awaitEnd(10, TimeUnit.SECONDS)).isTrue();
    }
}
