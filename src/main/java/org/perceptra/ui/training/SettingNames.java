package org.perceptra.ui.training;

import java.util.Map;
import org.perceptra.model.TrainingSettings.Optimizer;
import org.perceptra.model.TrainingSettings.ScheduleType;

/** The words students see for the settings' choices and keys. */
final class SettingNames {
    /** Keys of {@link org.perceptra.model.TrainingSettings#problems()} and the labels of their fields. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("learningRate", "Learning rate"),
            Map.entry("momentum", "Momentum"),
            Map.entry("batchSize", "Batch size"),
            Map.entry("epochs", "Epochs"),
            Map.entry("clipNorm", "Clip norm"),
            Map.entry("clipValue", "Clip value"),
            Map.entry("weightDecay", "Weight decay"),
            Map.entry("schedule.stepEpochs", "Step every"),
            Map.entry("schedule.factor", "Factor"),
            Map.entry("schedule.warmupEpochs", "Warm-up epochs"),
            Map.entry("schedule.minLearningRate", "Lowest rate"),
            Map.entry("earlyStopping.patience", "Patience"),
            Map.entry("earlyStopping.minDelta", "Min change"),
            Map.entry("earlyStopping.monitor", "Watched"));

    private SettingNames() {
    }

    static String optimizer(Optimizer o) {
        return switch (o) {
            case SGD -> "SGD: plain gradient descent";
            case MOMENTUM -> "SGD with momentum";
            case NESTEROV -> "Nesterov momentum";
            case RMSPROP -> "RMSprop";
            case ADAGRAD -> "AdaGrad";
            case ADAM -> "Adam";
            case ADAMW -> "AdamW: Adam with decoupled weight decay";
            case NADAM -> "Nadam: Adam with Nesterov momentum";
        };
    }

    static String schedule(ScheduleType t) {
        return switch (t) {
            case CONSTANT -> "Constant";
            case STEP -> "Step: drop every few epochs";
            case EXPONENTIAL -> "Exponential decay";
            case COSINE -> "Cosine: smooth fall to the lowest rate";
            case WARMUP_COSINE -> "Warm-up, then cosine";
            case ONE_CYCLE -> "One cycle: up, then down";
            case REDUCE_ON_PLATEAU -> "Reduce when progress stalls";
        };
    }

    static String monitor(String m) {
        return switch (m) {
            case "val_loss" -> "Validation loss";
            case "val_accuracy" -> "Validation accuracy";
            case "loss" -> "Training loss";
            case "accuracy" -> "Training accuracy";
            default -> m;
        };
    }

    /** "learningRate must be from 1.0E-8 to 100, not 500" reads "Learning rate must be from …". */
    static String problem(String raw) {
        int space = raw.indexOf(' ');
        String key = space < 0 ? raw : raw.substring(0, space);
        String label = FIELDS.get(key);
        String words = label == null ? raw : label + raw.substring(key.length()) + ".";
        return plainNumbers(words);
    }

    /** "1.0E-8" reads "0.00000001": students meet scientific notation later than learning rates. */
    static String plainNumbers(String text) {
        return java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?E-?\\d+").matcher(text)
                .replaceAll(m -> new java.math.BigDecimal(m.group()).stripTrailingZeros().toPlainString());
    }

    static String keyOf(String problem) {
        int space = problem.indexOf(' ');
        return space < 0 ? problem : problem.substring(0, space);
    }
}
