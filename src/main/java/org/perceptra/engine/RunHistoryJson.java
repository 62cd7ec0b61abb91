package org.perceptra.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.model.TrainingSettings;

/**
 * The run history a project keeps under {@code "runs"}: a JSON array with one object per training run, oldest
 * first. A run holds its settings (seed included, so it can be explained and repeated), how it ended, speed,
 * every epoch's figures, every step's loss, and the final figures of each part of the data. Losses of scaled
 * regression targets are in scaled units; metrics are in the data's units (see {@link EvaluationReport}).
 */
public final class RunHistoryJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One finished run, as it will be stored. {@code finals} maps "train", "validation", "test" to reports. */
    public record Run(Instant started, TrainingSettings settings, String ending, int epochsCompleted, long steps,
                      double seconds, List<TrainingEvent.EpochEnded> epochs, float[] losses,
                      Map<String, EvaluationReport> finals) {
        public double stepsPerSecond() {
            return seconds > 0 ? steps / seconds : 0;
        }
    }

    private RunHistoryJson() {
    }

    /**
     * The history with {@code run} appended. A history that is absent, or not an array (written by something
     * else), starts over: the previous text is not a history this version can extend.
     */
    public static String append(String history, Run run) {
        ArrayNode runs = JSON.createArrayNode();
        if (history != null) {
            try {
                JsonNode old = JSON.readTree(history);
                if (old != null && old.isArray()) {
                    runs = (ArrayNode) old;
                }
            } catch (JsonProcessingException e) {
                // Not a history: replaced by one that is.
            }
        }
        runs.add(toJson(run));
        return text(runs);
    }

    static ObjectNode toJson(Run run) {
        ObjectNode o = JSON.createObjectNode();
        o.put("started", run.started().toString());
        o.set("settings", JSON.valueToTree(run.settings()));
        o.put("ending", run.ending());
        o.put("epochsCompleted", run.epochsCompleted());
        o.put("steps", run.steps());
        o.put("seconds", run.seconds());
        o.put("stepsPerSecond", run.stepsPerSecond());
        ArrayNode epochs = o.putArray("epochs");
        for (TrainingEvent.EpochEnded e : run.epochs()) {
            ObjectNode row = epochs.addObject();
            row.put("epoch", e.epoch() + 1);
            number(row, "loss", e.trainLoss());
            number(row, "val_loss", e.validationLoss());
            e.trainMetrics().forEach((k, v) -> number(row, k, v));
            e.validationMetrics().forEach((k, v) -> number(row, "val_" + k, v));
        }
        ArrayNode losses = o.putArray("losses");
        for (float l : run.losses()) {
            if (Float.isFinite(l)) {
                losses.add(l);
            } else {
                losses.addNull();
            }
        }
        o.set("final", finals(run.finals(), true));
        return o;
    }

    /** Each part's loss and metrics ({@code "test": {"loss": ..., "accuracy": ...}}), and its confusion matrix. */
    public static ObjectNode finals(Map<String, EvaluationReport> reports, boolean withConfusion) {
        ObjectNode o = JSON.createObjectNode();
        reports.forEach((part, r) -> {
            ObjectNode p = o.putObject(part);
            p.put("samples", r.samples());
            number(p, "loss", r.loss());
            r.metrics().forEach((k, v) -> number(p, k, v));
            if (withConfusion && r.isClassification()) {
                p.set("confusion", JSON.valueToTree(r.confusion()));
            }
        });
        return o;
    }

    /** JSON has no NaN or infinity: such figures are written as null. */
    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    public static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
