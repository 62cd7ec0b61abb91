package org.perceptra.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;

class DivergenceRuleTest {
    /** The step (1-based) at which the rule first speaks, or -1 when it never does. */
    private static long firstAlarm(LongToDoubleFunction lossOfStep, int steps) {
        DivergenceRule rule = new DivergenceRule();
        rule.start(Map.of());
        for (int step = 0; step < steps; step++) {
            if (rule.afterStep(lossOfStep.applyAsDouble(step)).isPresent()) {
                return step + 1;
            }
        }
        return -1;
    }

    @Test
    void aFallingLossNeverAlarms() {
        assertThat(firstAlarm(step -> 0.7 / (1 + step), 20_000)).isEqualTo(-1);
    }

    @Test
    void noisyBatchesAndSingleOutliersNearAPerfectFitDoNotAlarm() {
        Random noise = new Random(1);
        // XOR-like: the loss reaches 1e-4, batches scatter 500 times above it, one batch in 500 is a 1000x outlier.
        long alarm = firstAlarm(step -> step == 0 ? 0.7 : step % 500 == 499 ? 700.0
                : Math.max(1e-4, 0.7 * Math.exp(-step / 50.0)) * (1 + 500 * noise.nextDouble()), 10_000);

        assertThat(alarm).isEqualTo(-1);
    }

    @Test
    void aLossThatExplodesAndStaysFiniteAlarmsAfterTheSustainedSteps() {
        long alarm = firstAlarm(step -> step < 5 ? 0.7 : 19_000, 1000);

        assertThat(alarm).isEqualTo(5 + DivergenceRule.SUSTAINED_STEPS);
    }

    @Test
    void anExplosionThatFallsBackBeforeBeingSustainedDoesNotAlarm() {
        int burst = DivergenceRule.SUSTAINED_STEPS - 1;

        assertThat(firstAlarm(step -> step >= 3 && step < 3 + burst ? 1e6 : 0.7, 1000)).isEqualTo(-1);
    }

    @Test
    void lossesJustBelowTheFactorDoNotAlarmAndJustAboveDo() {
        double start = 2.0;
        double below = start * DivergenceRule.EXPLOSION_FACTOR * 0.99;
        double above = start * DivergenceRule.EXPLOSION_FACTOR * 1.01;

        assertThat(firstAlarm(step -> step == 0 ? start : below, 1000)).isEqualTo(-1);
        assertThat(firstAlarm(step -> step == 0 ? start : above, 1000)).isEqualTo(1 + DivergenceRule.SUSTAINED_STEPS);
    }

    @Test
    void aNonFiniteLossAlarmsAtOnceSayingWhichKind() {
        DivergenceRule rule = new DivergenceRule();
        rule.start(Map.of());
        rule.afterStep(0.7);

        assertThat(rule.afterStep(Double.NaN)).hasValueSatisfying(s -> assertThat(s).contains("NaN"));
        assertThat(new DivergenceRule().afterStep(Double.POSITIVE_INFINITY))
                .hasValueSatisfying(s -> assertThat(s).contains("infinite"));
    }

    @Test
    void theExplosionMessageGivesTheFigures() {
        DivergenceRule rule = new DivergenceRule();
        rule.start(Map.of());
        rule.afterStep(0.7);
        Optional<String> symptom = Optional.empty();
        for (int i = 0; i < DivergenceRule.SUSTAINED_STEPS; i++) {
            symptom = rule.afterStep(19_000);
        }

        assertThat(symptom).hasValue("the loss exploded: it stayed above 70, 100 times the 0.7 it started at, "
                + "for 10 steps (now 19000)");
    }

    @Test
    void numbersReadPlainly() {
        assertThat(DivergenceRule.number(0.7)).isEqualTo("0.7");
        assertThat(DivergenceRule.number(69.3147)).isEqualTo("69.315");
        assertThat(DivergenceRule.number(100)).isEqualTo("100");
        assertThat(DivergenceRule.number(19_000.4)).isEqualTo("19000");
        assertThat(DivergenceRule.number(7.7e8)).isEqualTo("7.70e+08");
    }

    @Test
    void weightsAreCheckedEveryIntervalAndANonFiniteNormNamesItsLayer() {
        DivergenceRule rule = new DivergenceRule();

        assertThat(rule.weightCheckDue(DivergenceRule.WEIGHT_CHECK_INTERVAL)).isTrue();
        assertThat(rule.weightCheckDue(DivergenceRule.WEIGHT_CHECK_INTERVAL + 1)).isFalse();
        assertThat(rule.checkWeights(Map.of("dense_1", 3.0))).isEmpty();
        assertThat(rule.checkWeights(Map.of("dense_1", Double.NaN)))
                .hasValue("the size of the weights is no longer a finite number");
    }

    @Test
    void theFailureNamesTheLayerWhoseWeightsGrewMostAndWhatToTry() {
        DivergenceRule rule = new DivergenceRule();
        rule.start(Map.of("hidden_1", 1.0, "hidden_2", 2.0, "output", 4.0));
        TrainingLoop grown = new ScriptedLoop(1, 0, step -> 1) {
            @Override
            public Map<String, Double> weightNorms() {
                return Map.of("hidden_1", 30.0, "hidden_2", 400.0, "output", 8.0);
            }
        };

        TrainingEvent.RunFailed f = rule.failure(120, "the loss exploded", grown);

        assertThat(f.message()).startsWith("Training diverged at step 120: the loss exploded.")
                .contains("grew most in hidden_2 (200 times their size at the start)");
        assertThat(f.node()).isEqualTo("hidden_2");
        assertThat(f.suggestions()).anyMatch(t -> t.contains("learning rate")).anyMatch(t -> t.contains("clipping"));
    }

    @Test
    void weightsTooLargeToMeasureAreNamedWhenNoneIsNonFiniteYet() {
        DivergenceRule rule = new DivergenceRule();
        rule.start(Map.of("hidden_1", 1.0, "output", 4.0));
        TrainingLoop overflowing = new ScriptedLoop(1, 0, step -> 1) {
            @Override
            public Map<String, Double> weightNorms() {
                return Map.of("hidden_1", Double.POSITIVE_INFINITY, "output", 8.0);
            }
        };

        TrainingEvent.RunFailed f = rule.failure(50, "the size of the weights is no longer a finite number",
                overflowing);

        assertThat(f.node()).isEqualTo("hidden_1");
        assertThat(f.message()).contains("too large to measure is hidden_1");
    }

    @Test
    void aSessionWhoseLossExplodesFailsWithTheExplanation() throws Exception {
        RunLog log = new RunLog();
        TrainingSession s = new TrainingSession(new ScriptedLoop(10, 0, step -> step < 12 ? 0.7 : 19_000), 5,
                "scripted", 1, log);

        s.start();

        assertThat(s.awaitEnd(5, TimeUnit.SECONDS)).isTrue();
        assertThat(s.state()).isEqualTo(SessionState.FAILED);
        assertThat(log.ending()).isInstanceOfSatisfying(TrainingEvent.RunFailed.class,
                f -> assertThat(f.message()).contains("step " + (12 + DivergenceRule.SUSTAINED_STEPS), "exploded"));
    }
}
