package org.perceptra.engine;

import org.nd4j.linalg.schedule.CycleSchedule;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;
import org.perceptra.model.TrainingSettings;

/**
 * Turns a project's {@link TrainingSettings.Schedule} into rates per step, using ND4J's schedules where they
 * exist. The base rate is the settings' learning rate. Meanings, per schedule type:
 * <ul>
 * <li>constant: the base rate throughout;</li>
 * <li>step: times {@code factor} every {@code stepEpochs} epochs ({@code StepSchedule}, per epoch);</li>
 * <li>exponential: times {@code factor} after every epoch ({@code ExponentialSchedule}, per epoch);</li>
 * <li>cosine: from the base rate down to {@code minLearningRate} along a half cosine over all steps;</li>
 * <li>warmup-cosine: linearly up to the base rate over {@code warmupEpochs}, then cosine as above;</li>
 * <li>one-cycle: from {@code base * factor} linearly up to the base rate over {@code warmupEpochs} (30% of the
 * run when 0, as PyTorch's OneCycleLR), back down as fast, then exponentially down to {@code minLearningRate}
 * (or a hundredth of the starting rate when that is 0) for the rest ({@code CycleSchedule}, per step);</li>
 * <li>reduce-on-plateau: times {@code factor} after {@code stepEpochs} epochs without improvement of the
 * monitored loss, never below {@code minLearningRate} ({@link PlateauSchedule}).</li>
 * </ul>
 */
public final class LearningRateSchedules {
    static final double ONE_CYCLE_DEFAULT_RISE = 0.3;

    private LearningRateSchedules() {
    }

    public static LearningRateSchedule of(TrainingSettings settings, int batchesPerEpoch) {
        TrainingSettings.Schedule s = settings.schedule();
        double base = settings.learningRate();
        int totalSteps = Math.max(1, settings.epochs() * batchesPerEpoch);
        return switch (s.type()) {
            case CONSTANT -> fromNd4j(new FixedSchedule(base));
            case STEP -> fromNd4j(new StepSchedule(ScheduleType.EPOCH, base, s.factor(), s.stepEpochs()));
            case EXPONENTIAL -> fromNd4j(new ExponentialSchedule(ScheduleType.EPOCH, base, s.factor()));
            case COSINE -> fromNd4j(new CosineSchedule(base, s.minLearningRate(), 0, totalSteps));
            case WARMUP_COSINE -> fromNd4j(new CosineSchedule(base, s.minLearningRate(),
                    Math.min(totalSteps, s.warmupEpochs() * batchesPerEpoch), totalSteps));
            case ONE_CYCLE -> fromNd4j(oneCycle(base, s, batchesPerEpoch, totalSteps));
            case REDUCE_ON_PLATEAU -> new PlateauSchedule(base, s.factor(), s.stepEpochs(), s.minLearningRate());
        };
    }

    /** ND4J's cycle rises and falls over {@code (cycle - annealing) / 2} steps each, then anneals. */
    static ISchedule oneCycle(double peak, TrainingSettings.Schedule s, int batchesPerEpoch, int totalSteps) {
        if (totalSteps < 2) {
            return new FixedSchedule(peak); // no room to rise and fall
        }
        int rise = s.warmupEpochs() > 0 ? s.warmupEpochs() * batchesPerEpoch
                : (int) Math.round(totalSteps * ONE_CYCLE_DEFAULT_RISE);
        rise = Math.max(1, Math.min(rise, totalSteps / 2));
        int annealing = totalSteps - 2 * rise;
        double start = peak * s.factor();
        double end = s.minLearningRate() > 0 ? Math.min(s.minLearningRate(), start) : start / 100;
        double decay = annealing > 0 ? Math.pow(end / start, 1.0 / annealing) : 1.0;
        return new CycleSchedule(ScheduleType.ITERATION, start, peak, totalSteps, annealing, decay);
    }

    static LearningRateSchedule fromNd4j(ISchedule schedule) {
        return schedule::valueAt;
    }
}
