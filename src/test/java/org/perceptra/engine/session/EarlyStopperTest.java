package org.perceptra.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.model.TrainingSettings.EarlyStopping;

class EarlyStopperTest {
    private static TrainingLoop.EpochMetrics valLoss(double v) {
        return new TrainingLoop.EpochMetrics(1, v, Map.of(), Map.of());
    }

    private static TrainingLoop.EpochMetrics valAccuracy(double v) {
        return new TrainingLoop.EpochMetrics(1, 1, Map.of(), Map.of("accuracy", v));
    }

    @Test
    void stopsAfterPatienceEpochsWithoutALowerValidationLoss() {
        EarlyStopper s = new EarlyStopper(new EarlyStopping(true, "val_loss", 2, 0.0, true));

        assertThat(s.observe(0, valLoss(1.0))).isEqualTo(EarlyStopper.Verdict.IMPROVED);
        assertThat(s.observe(1, valLoss(0.8))).isEqualTo(EarlyStopper.Verdict.IMPROVED);
        assertThat(s.observe(2, valLoss(0.9))).isEqualTo(EarlyStopper.Verdict.WAIT);
        assertThat(s.observe(3, valLoss(0.85))).isEqualTo(EarlyStopper.Verdict.STOP);
        assertThat(s.bestEpoch()).isEqualTo(1);
    }

    @Test
    void anImprovementSmallerThanMinDeltaDoesNotCount() {
        EarlyStopper s = new EarlyStopper(new EarlyStopping(true, "val_loss", 1, 0.1, false));

        s.observe(0, valLoss(1.0));

        assertThat(s.observe(1, valLoss(0.95))).isEqualTo(EarlyStopper.Verdict.STOP);
    }

    @Test
    void accuracyImprovesUpwards() {
        EarlyStopper s = new EarlyStopper(new EarlyStopping(true, "val_accuracy", 1, 0.0, false));

        s.observe(0, valAccuracy(0.5));

        assertThat(s.observe(1, valAccuracy(0.7))).isEqualTo(EarlyStopper.Verdict.IMPROVED);
        assertThat(s.observe(2, valAccuracy(0.6))).isEqualTo(EarlyStopper.Verdict.STOP);
    }

    @Test
    void disabledNeverStops() {
        EarlyStopper s = new EarlyStopper(EarlyStopping.OFF);

        for (int e = 0; e < 50; e++) {
            assertThat(s.observe(e, valLoss(1 + e))).isEqualTo(EarlyStopper.Verdict.WAIT);
        }
    }

    @Test
    void sessionEndsEarlyAndRestoresTheBestWeights() throws Exception {
        RunLog log = new RunLog();
        java.util.List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        TrainingLoop loop = new ScriptedLoop(5, 0, step -> 1.0) {
            private int epochs;

            @Override
            public EpochMetrics endEpoch(int epoch) {
                epochs++;
                return valLoss(epochs <= 2 ? 1.0 / epochs : 1.0 + epochs);
            }

            @Override
            public void rememberBest() {
                calls.add("remember " + epochs);
            }

            @Override
            public void restoreBest() {
                calls.add("restore");
            }
        };
        TrainingSession session = new TrainingSession(loop, 100, "test", 1, log, new EarlyStopper(
                new EarlyStopping(true, "val_loss", 3, 0.0, true)), System::nanoTime);

        session.start();

        assertThat(session.awaitEnd(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(log.epochs()).hasSize(5);
        assertThat(((TrainingEvent.RunFinished) log.ending()).reason())
                .isEqualTo(TrainingEvent.RunFinished.Reason.EARLY_STOPPED);
        assertThat(calls).containsExactly("remember 1", "remember 2", "restore");
    }
}
