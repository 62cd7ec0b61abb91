package org.perceptra.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a network is trained: optimiser, learning rate and schedule, batch size, epochs, seed, clipping and
 * early stopping. Plain data saved with the project; the engine turns it into ND4J's updaters and schedules.
 * Out-of-range values are allowed to exist (a loaded file, an edit in progress) and reported by
 * {@link #problems()}.
 */
public record TrainingSettings(Optimizer optimizer, double learningRate, double momentum, int batchSize, int epochs,
                               long seed, Schedule schedule, double clipNorm, double clipValue, double weightDecay,
                               EarlyStopping earlyStopping) {

    public enum Optimizer {
        SGD, MOMENTUM, NESTEROV, RMSPROP, ADAGRAD, ADAM, ADAMW, NADAM;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Optimizer> byId(String id) {
            return Arrays.stream(values()).filter(o -> o.id().equals(id)).findFirst();
        }
    }

    public enum ScheduleType {
        CONSTANT, STEP, EXPONENTIAL, COSINE, WARMUP_COSINE, ONE_CYCLE, REDUCE_ON_PLATEAU;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<ScheduleType> byId(String id) {
            return Arrays.stream(values()).filter(o -> o.id().equals(id)).findFirst();
        }
    }

    /**
     * @param stepEpochs    STEP: epochs between drops; REDUCE_ON_PLATEAU: patience in epochs
     * @param factor        STEP / EXPONENTIAL / REDUCE_ON_PLATEAU: multiply the rate by this
     * @param warmupEpochs  WARMUP_COSINE / ONE_CYCLE: epochs spent rising
     * @param minLearningRate the floor for COSINE, WARMUP_COSINE and REDUCE_ON_PLATEAU
     */
    public record Schedule(ScheduleType type, int stepEpochs, double factor, int warmupEpochs, double minLearningRate) {
        public static final Schedule CONSTANT = new Schedule(ScheduleType.CONSTANT, 10, 0.5, 0, 0.0);

        public Schedule {
            Objects.requireNonNull(type, "type");
        }
    }

    /** Stop when {@code monitor} has not improved by {@code minDelta} for {@code patience} epochs. */
    public record EarlyStopping(boolean enabled, String monitor, int patience, double minDelta, boolean restoreBest) {
        public static final List<String> MONITORS = List.of("val_loss", "val_accuracy", "loss", "accuracy");
        public static final EarlyStopping OFF = new EarlyStopping(false, "val_loss", 10, 0.0, true);

        public EarlyStopping {
            Objects.requireNonNull(monitor, "monitor");
        }
    }

    public TrainingSettings {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(earlyStopping, "earlyStopping");
    }

    public static TrainingSettings defaults() {
        return new TrainingSettings(Optimizer.ADAM, 0.001, 0.9, 32, 50, 42, Schedule.CONSTANT, 0, 0, 0,
                EarlyStopping.OFF);
    }

    public TrainingSettings withLearningRate(double lr) {
        return new TrainingSettings(optimizer, lr, momentum, batchSize, epochs, seed, schedule, clipNorm, clipValue,
                weightDecay, earlyStopping);
    }

    public TrainingSettings withOptimizer(Optimizer o) {
        return new TrainingSettings(o, learningRate, momentum, batchSize, epochs, seed, schedule, clipNorm, clipValue,
                weightDecay, earlyStopping);
    }

    public TrainingSettings withBatchAndEpochs(int batch, int epochCount) {
        return new TrainingSettings(optimizer, learningRate, momentum, batch, epochCount, seed, schedule, clipNorm,
                clipValue, weightDecay, earlyStopping);
    }

    public TrainingSettings withSeed(long s) {
        return new TrainingSettings(optimizer, learningRate, momentum, batchSize, epochs, s, schedule, clipNorm,
                clipValue, weightDecay, earlyStopping);
    }

    /** Every value that is out of range, each as "name: what is allowed, what was given". Empty when fine. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        range(p, "learningRate", learningRate, 1e-8, 100);
        range(p, "momentum", momentum, 0, 0.9999);
        range(p, "batchSize", batchSize, 1, 65_536);
        range(p, "epochs", epochs, 1, 100_000);
        range(p, "clipNorm", clipNorm, 0, 1e6);
        range(p, "clipValue", clipValue, 0, 1e6);
        range(p, "weightDecay", weightDecay, 0, 1);
        range(p, "schedule.stepEpochs", schedule.stepEpochs(), 1, 100_000);
        range(p, "schedule.factor", schedule.factor(), 1e-6, 1);
        range(p, "schedule.warmupEpochs", schedule.warmupEpochs(), 0, 100_000);
        range(p, "schedule.minLearningRate", schedule.minLearningRate(), 0, 100);
        range(p, "earlyStopping.patience", earlyStopping.patience(), 1, 100_000);
        range(p, "earlyStopping.minDelta", earlyStopping.minDelta(), 0, 1e6);
        if (!EarlyStopping.MONITORS.contains(earlyStopping.monitor())) {
            p.add("earlyStopping.monitor must be one of " + String.join(", ", EarlyStopping.MONITORS)
                    + ", not \"" + earlyStopping.monitor() + "\"");
        }
        return p;
    }

    private static void range(List<String> out, String name, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            out.add(name + " must be from " + fmt(min) + " to " + fmt(max) + ", not " + fmt(v));
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
