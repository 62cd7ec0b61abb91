package org.perceptra.project;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Set;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.TrainingSettings.EarlyStopping;
import org.perceptra.model.TrainingSettings.Optimizer;
import org.perceptra.model.TrainingSettings.Schedule;
import org.perceptra.model.TrainingSettings.ScheduleType;

/**
 * {@code "training"}. Every field is optional and defaults to {@link TrainingSettings#defaults()}. Values outside
 * the sensible ranges load (the inspector shows {@link TrainingSettings#problems()}); only values the record
 * cannot hold at all, or that are not finite, are refused here.
 */
final class TrainingCodec {
    private static final Set<String> TRAINING_FIELDS = Set.of("optimizer", "learningRate", "momentum", "batchSize",
            "epochs", "seed", "schedule", "clipNorm", "clipValue", "weightDecay", "earlyStopping");
    private static final Set<String> SCHEDULE_FIELDS = Set.of("type", "stepEpochs", "factor", "warmupEpochs",
            "minLearningRate");
    private static final Set<String> STOPPING_FIELDS = Set.of("enabled", "monitor", "patience", "minDelta",
            "restoreBest");
    private static final int MIN = Integer.MIN_VALUE;
    private static final int MAX = Integer.MAX_VALUE;

    private TrainingCodec() {
    }

    static ObjectNode write(TrainingSettings t) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("optimizer", t.optimizer().id())
                .put("learningRate", Finite.check("training.learningRate", t.learningRate()))
                .put("momentum", Finite.check("training.momentum", t.momentum()))
                .put("batchSize", t.batchSize()).put("epochs", t.epochs()).put("seed", t.seed());
        Schedule s = t.schedule();
        out.putObject("schedule").put("type", s.type().id()).put("stepEpochs", s.stepEpochs())
                .put("factor", Finite.check("training.schedule.factor", s.factor()))
                .put("warmupEpochs", s.warmupEpochs())
                .put("minLearningRate", Finite.check("training.schedule.minLearningRate", s.minLearningRate()));
        out.put("clipNorm", Finite.check("training.clipNorm", t.clipNorm()))
                .put("clipValue", Finite.check("training.clipValue", t.clipValue()))
                .put("weightDecay", Finite.check("training.weightDecay", t.weightDecay()));
        EarlyStopping e = t.earlyStopping();
        out.putObject("earlyStopping").put("enabled", e.enabled()).put("monitor", e.monitor())
                .put("patience", e.patience())
                .put("minDelta", Finite.check("training.earlyStopping.minDelta", e.minDelta()))
                .put("restoreBest", e.restoreBest());
        return out;
    }

    /** @param f the "training" object, or null when the file has none */
    static TrainingSettings read(Fields f) throws ProjectFileException {
        TrainingSettings d = TrainingSettings.defaults();
        if (f == null) {
            return d;
        }
        f.allowOnly(TRAINING_FIELDS);
        String optimizerId = f.text("optimizer", d.optimizer().id());
        Optimizer optimizer = Optimizer.byId(optimizerId).orElseThrow(() -> f.fail("optimizer",
                "optimizer must be one of " + ids(Optimizer.values()) + ", not " + ReadContext.quote(optimizerId)));
        return new TrainingSettings(optimizer,
                f.real("learningRate", d.learningRate()), f.real("momentum", d.momentum()),
                f.integer("batchSize", d.batchSize(), MIN, MAX), f.integer("epochs", d.epochs(), MIN, MAX),
                f.longInteger("seed", d.seed()), schedule(f.optionalObject("schedule"), d.schedule()),
                f.real("clipNorm", d.clipNorm()), f.real("clipValue", d.clipValue()),
                f.real("weightDecay", d.weightDecay()), stopping(f.optionalObject("earlyStopping"), d.earlyStopping()));
    }

    private static Schedule schedule(Fields f, Schedule d) throws ProjectFileException {
        if (f == null) {
            return d;
        }
        f.allowOnly(SCHEDULE_FIELDS);
        String typeId = f.text("type", d.type().id());
        ScheduleType type = ScheduleType.byId(typeId).orElseThrow(() -> f.fail("type", "the schedule type must be "
                + "one of " + ids(ScheduleType.values()) + ", not " + ReadContext.quote(typeId)));
        return new Schedule(type, f.integer("stepEpochs", d.stepEpochs(), MIN, MAX), f.real("factor", d.factor()),
                f.integer("warmupEpochs", d.warmupEpochs(), MIN, MAX), f.real("minLearningRate", d.minLearningRate()));
    }

    private static EarlyStopping stopping(Fields f, EarlyStopping d) throws ProjectFileException {
        if (f == null) {
            return d;
        }
        f.allowOnly(STOPPING_FIELDS);
        return new EarlyStopping(f.bool("enabled", d.enabled()), f.text("monitor", d.monitor()),
                f.integer("patience", d.patience(), MIN, MAX), f.real("minDelta", d.minDelta()),
                f.bool("restoreBest", d.restoreBest()));
    }

    private static String ids(Optimizer[] values) {
        return String.join(", ", Arrays.stream(values).map(Optimizer::id).toList());
    }

    private static String ids(ScheduleType[] values) {
        return String.join(", ", Arrays.stream(values).map(ScheduleType::id).toList());
    }
}
