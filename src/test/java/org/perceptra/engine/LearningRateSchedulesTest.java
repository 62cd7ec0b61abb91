package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.Schedule;
import org.perceptra.model.TrainingSettings.ScheduleType;

/** Every schedule's rate against its formula, written out here independently of the code under test. */
class LearningRateSchedulesTest {
    private static final double LR = 0.1;
    private static final int EPOCHS = 20;
    private static final int BATCHES = 7;
    private static final int TOTAL = EPOCHS * BATCHES;

    static TrainingSettings settings(Schedule schedule) {
        return new TrainingSettings(TrainingSettings.Optimizer.SGD, LR, 0.9, 16, EPOCHS, 1, schedule, 0, 0, 0,
                TrainingSettings.EarlyStopping.OFF);
    }

    private static LearningRateSchedule schedule(ScheduleType type, int stepEpochs, double factor, int warmup,
                                                 double min) {
        return LearningRateSchedules.of(settings(new Schedule(type, stepEpochs, factor, warmup, min)), BATCHES);
    }

    private static double at(LearningRateSchedule s, int step) {
        return s.rateAt(step, step / BATCHES);
    }

    @Test
    void constantNeverChanges() {
        LearningRateSchedule s = schedule(ScheduleType.CONSTANT, 10, 0.5, 0, 0);
        for (int t = 0; t < TOTAL; t++) {
            assertThat(at(s, t)).isEqualTo(LR);
        }
    }

    @Test
    void stepDropsByTheFactorEveryStepEpochs() {
        LearningRateSchedule s = schedule(ScheduleType.STEP, 3, 0.5, 0, 0);
        for (int t = 0; t < TOTAL; t++) {
            int epoch = t / BATCHES;
            assertThat(at(s, t)).as("step %d", t).isCloseTo(LR * Math.pow(0.5, epoch / 3), within(1e-12));
        }
        assertThat(at(s, 3 * BATCHES - 1)).isEqualTo(LR);
        assertThat(at(s, 3 * BATCHES)).isCloseTo(LR / 2, within(1e-12));
    }

    @Test
    void exponentialMultipliesByTheFactorEachEpoch() {
        LearningRateSchedule s = schedule(ScheduleType.EXPONENTIAL, 1, 0.9, 0, 0);
        for (int t = 0; t < TOTAL; t++) {
            assertThat(at(s, t)).isCloseTo(LR * Math.pow(0.9, t / BATCHES), within(1e-12));
        }
    }

    @Test
    void cosineFallsFromTheRateToTheFloorAlongHalfACosine() {
        double min = 0.001;
        LearningRateSchedule s = schedule(ScheduleType.COSINE, 1, 0.5, 0, min);
        for (int t = 0; t < TOTAL; t++) {
            double expected = min + (LR - min) * 0.5 * (1 + Math.cos(Math.PI * t / TOTAL));
            assertThat(at(s, t)).as("step %d", t).isCloseTo(expected, within(1e-12));
        }
        assertThat(at(s, 0)).isEqualTo(LR);
        assertThat(at(s, TOTAL / 2)).isCloseTo((LR + min) / 2, within(1e-12));
    }

    @Test
    void warmupCosineRisesLinearlyThenAnneals() {
        int warmupSteps = 2 * BATCHES;
        LearningRateSchedule s = schedule(ScheduleType.WARMUP_COSINE, 1, 0.5, 2, 0.0);
        for (int t = 0; t < warmupSteps; t++) {
            assertThat(at(s, t)).isCloseTo(LR * (t + 1) / warmupSteps, within(1e-12));
        }
        for (int t = warmupSteps; t < TOTAL; t++) {
            double progress = (t - warmupSteps) / (double) (TOTAL - warmupSteps);
            assertThat(at(s, t)).isCloseTo(LR * 0.5 * (1 + Math.cos(Math.PI * progress)), within(1e-12));
        }
        assertThat(at(s, warmupSteps - 1)).isCloseTo(LR, within(1e-12));
    }

    @Test
    void oneCycleRisesToThePeakFallsBackAndAnnealsToTheFloor() {
        double factor = 0.1;
        double min = 0.0005;
        int rise = 5 * BATCHES;
        LearningRateSchedule s = schedule(ScheduleType.ONE_CYCLE, 1, factor, 5, min);
        double start = LR * factor;
        int annealing = TOTAL - 2 * rise;
        double decay = Math.pow(min / start, 1.0 / annealing);
        for (int t = 0; t < TOTAL; t++) {
            double expected;
            if (t < rise) {
                expected = start + (LR - start) * t / rise;
            } else if (t < 2 * rise) {
                expected = LR - (LR - start) * (t - rise) / rise;
            } else {
                expected = start * Math.pow(decay, t - 2 * rise);
            }
            assertThat(at(s, t)).as("step %d", t).isCloseTo(expected, within(1e-12));
        }
        assertThat(at(s, rise)).isCloseTo(LR, within(1e-12));
        assertThat(at(s, TOTAL - 1)).isCloseTo(min / decay, within(1e-12));
    }

    @Test
    void oneCycleWithoutWarmupRisesOverThirtyPercentOfTheRun() {
        LearningRateSchedule s = schedule(ScheduleType.ONE_CYCLE, 1, 0.1, 0, 0);
        int rise = (int) Math.round(TOTAL * 0.3);
        assertThat(at(s, rise)).isCloseTo(LR, within(1e-12));
        assertThat(at(s, rise - 1)).isLessThan(LR);
        assertThat(at(s, rise + 1)).isLessThan(LR);
        assertThat(at(s, TOTAL - 1)).isCloseTo(LR * 0.1 / 100, within(LR * 0.1 / 100 * 0.1));
    }

    @Test
    void reduceOnPlateauCutsTheRateAfterPatienceEpochsWithoutImprovement() {
        LearningRateSchedule s = schedule(ScheduleType.REDUCE_ON_PLATEAU, 2, 0.5, 0, 0.005);
        double[] losses = {1.0, 0.8, 0.81, 0.8, 0.7, 0.7, 0.70001, 0.9, 0.9, 0.9, 0.9, Double.NaN, 0.9};
        // 0.8 does not beat 0.8 by the relative 1e-4, nor 0.70001 0.7; NaN never improves; 0.005 is the floor.
        double[] expectedAfter = {LR, LR, LR, LR / 2, LR / 2, LR / 2, LR / 4, LR / 4, LR / 8, LR / 8, LR / 16,
            LR / 16, 0.005};
        for (int epoch = 0; epoch < losses.length; epoch++) {
            s.epochEnded(epoch, losses[epoch]);
            assertThat(s.rateAt(epoch * BATCHES, epoch + 1)).as("after epoch %d", epoch)
                    .isCloseTo(expectedAfter[epoch], within(1e-12));
        }
    }
}
