package org.perceptra.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.perceptra.model.LayerCatalog;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;

/**
 * The {@code "runs"} section read as {@link RunRecord}s, and changed one run at a time (record, rename, delete).
 * Immutable. Each run keeps the JSON it was read from, so that fields this version does not model (a confusion
 * matrix written by the command line) survive a rename or the deletion of another run. Lenient on purpose: the
 * history is a record of the past, so a run that cannot be fully read still shows what can be read, and a
 * section that is not a list of runs reads as an empty history (recording a run then starts a new one).
 */
public final class RunHistory {
    public static final RunHistory EMPTY = new RunHistory(List.of());

    private record Entry(RunRecord run, ObjectNode json) {
    }

    private final List<Entry> entries;

    private RunHistory(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The history stored as {@code json} (a project's {@link StoredResults#runsJson()}; null for none). */
    public static RunHistory parse(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        JsonNode root;
        try {
            root = ProjectJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return EMPTY;
        }
        if (root == null || !root.isArray()) {
            return EMPTY;
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode n : root) {
            index++;
            if (n instanceof ObjectNode o) {
                RunRecord r = RunRecordCodec.read(o, index);
                String id = unique(r.id(), ids);
                entries.add(new Entry(id.equals(r.id()) ? r : withId(r, id), o));
            }
        }
        return new RunHistory(entries);
    }

    public static RunHistory of(Project project) {
        return parse(project.results().runsJson());
    }

    public List<RunRecord> runs() {
        return entries.stream().map(Entry::run).toList();
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public Optional<RunRecord> find(String id) {
        return entries.stream().map(Entry::run).filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The confusion matrix ({@code [actual][predicted]} counts) stored with run {@code id} for {@code part}
     * ("test", "validation"): {@code train --save} writes one, the window does not. Empty when there is none or
     * it is not a square table of counts.
     */
    public Optional<int[][]> storedConfusion(String id, String part) {
        JsonNode m = entries.stream().filter(e -> e.run().id().equals(id)).findFirst()
                .map(e -> e.json().path("final").path(part).path("confusion")).orElse(null);
        if (m == null || !m.isArray() || m.isEmpty()) {
            return Optional.empty();
        }
        int[][] counts = new int[m.size()][];
        for (int a = 0; a < counts.length; a++) {
            JsonNode row = m.get(a);
            if (!row.isArray() || row.size() != counts.length) {
                return Optional.empty();
            }
            counts[a] = new int[counts.length];
            for (int p = 0; p < counts.length; p++) {
                if (!row.get(p).isIntegralNumber() || !row.get(p).canConvertToInt() || row.get(p).asInt() < 0) {
                    return Optional.empty();
                }
                counts[a][p] = row.get(p).asInt();
            }
        }
        return Optional.of(counts);
    }

    /** With {@code run} appended; its id is made unique in this history if it is not already. */
    public RunHistory with(RunRecord run) {
        Set<String> ids = new HashSet<>();
        entries.forEach(e -> ids.add(e.run().id()));
        String id = unique(run.id(), ids);
        RunRecord r = id.equals(run.id()) ? run : withId(run, id);
        List<Entry> next = new ArrayList<>(entries);
        next.add(new Entry(r, RunRecordCodec.write(r)));
        return new RunHistory(next);
    }

    /** With run {@code id} renamed; unchanged when there is no such run. */
    public RunHistory renamed(String id, String name) {
        List<Entry> next = new ArrayList<>();
        for (Entry e : entries) {
            if (e.run().id().equals(id)) {
                ObjectNode json = e.json().deepCopy();
                json.put("name", name);
                next.add(new Entry(e.run().withName(name), json));
            } else {
                next.add(e);
            }
        }
        return new RunHistory(next);
    }

    /** Without run {@code id}; unchanged when there is no such run. */
    public RunHistory without(String id) {
        return new RunHistory(entries.stream().filter(e -> !e.run().id().equals(id)).toList());
    }

    /** The section's text, or null for an empty history (the file then has no "runs" at all). */
    public String toJson() {
        if (entries.isEmpty()) {
            return null;
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        entries.forEach(e -> array.add(e.json()));
        try {
            return ProjectJson.MAPPER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the run history", e);
        }
    }

    /** A name for the next run: "Run 4 — Adam lr 0.01", numbered after the highest number so far. */
    public String nextName(TrainingSettings settings) {
        int highest = entries.size();
        for (Entry e : entries) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Run (\\d+)\\b").matcher(e.run().name());
            if (m.find()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return "Run " + (highest + 1) + " — " + RunRecordCodec.describe(settings);
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = id + "-" + i;
        }
        taken.add(candidate);
        return candidate;
    }

    private static RunRecord withId(RunRecord r, String id) {
        return new RunRecord(id, r.name(), r.started(), r.settings(), r.ending(), r.epochsCompleted(), r.steps(),
                r.seconds(), r.epochs(), r.stepLosses(), r.finals(), r.adjustments(), r.graph());
    }

    /** One run's JSON, in the layout the command line's {@code train --save} writes, plus name, graph, changes. */
    static final class RunRecordCodec {
        private static final JsonNodeFactory F = JsonNodeFactory.instance;

        private RunRecordCodec() {
        }

        static String describe(TrainingSettings s) {
            if (s == null) {
                return "unknown settings";
            }
            String opt = switch (s.optimizer()) {
                case SGD -> "SGD";
                case MOMENTUM -> "Momentum";
                case NESTEROV -> "Nesterov";
                case RMSPROP -> "RMSprop";
                case ADAGRAD -> "AdaGrad";
                case ADAM -> "Adam";
                case ADAMW -> "AdamW";
                case NADAM -> "Nadam";
            };
            return opt + " lr " + trim(s.learningRate());
        }

        static String trim(double v) {
            String text = String.format(java.util.Locale.ROOT, "%.6g", v);
            if (text.contains("e")) {
                return text.replaceAll("\\.?0+e", "e");
            }
            return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
        }

        static ObjectNode write(RunRecord r) {
            ObjectNode o = F.objectNode();
            o.put("id", r.id());
            o.put("name", r.name());
            o.put("started", r.started().toString());
            if (r.settings() != null) {
                o.set("settings", TrainingCodec.write(r.settings()));
            }
            o.put("ending", r.ending());
            o.put("epochsCompleted", r.epochsCompleted());
            o.put("steps", r.steps());
            number(o, "seconds", r.seconds());
            number(o, "stepsPerSecond", r.seconds() > 0 ? r.steps() / r.seconds() : 0);
            ArrayNode epochs = o.putArray("epochs");
            for (RunRecord.EpochFigures e : r.epochs()) {
                ObjectNode row = epochs.addObject();
                row.put("epoch", e.epoch());
                e.values().forEach((k, v) -> number(row, k, v));
            }
            ArrayNode losses = o.putArray("losses");
            for (float l : r.stepLosses()) {
                if (Float.isFinite(l)) {
                    losses.add(l);
                } else {
                    losses.addNull();
                }
            }
            ObjectNode finals = o.putObject("final");
            r.finals().forEach((part, figures) -> {
                ObjectNode p = finals.putObject(part);
                figures.forEach((k, v) -> number(p, k, v));
            });
            ArrayNode adjustments = o.putArray("adjustments");
            r.adjustments().forEach(a -> adjustments.addObject().put("step", a.step()).put("epoch", a.epoch())
                    .put("description", a.description()));
            if (r.graph() != null) {
                o.set("graph", GraphCodec.write(r.graph()));
            }
            return o;
        }

        static RunRecord read(ObjectNode o, int index) {
            Instant started = instant(o.path("started").asText(null));
            String id = o.hasNonNull("id") ? o.get("id").asText()
                    : started != null ? "run-" + started.toEpochMilli() : "run-" + index;
            TrainingSettings settings = settings(o.get("settings"));
            String name = o.hasNonNull("name") ? o.get("name").asText() : "Run " + index + " — " + describe(settings);
            List<RunRecord.EpochFigures> epochs = new ArrayList<>();
            for (JsonNode row : o.path("epochs")) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (!f.getKey().equals("epoch")) {
                        values.put(f.getKey(), f.getValue().isNumber() ? f.getValue().asDouble() : Double.NaN);
                    }
                }
                epochs.add(new RunRecord.EpochFigures(row.path("epoch").asInt(epochs.size() + 1), values));
            }
            JsonNode lossNode = o.path("losses");
            float[] losses = new float[lossNode.size()];
            for (int i = 0; i < losses.length; i++) {
                JsonNode l = lossNode.get(i);
                losses[i] = l.isNumber() ? (float) l.asDouble() : Float.NaN;
            }
            Map<String, Map<String, Double>> finals = new LinkedHashMap<>();
            o.path("final").fields().forEachRemaining(part -> {
                Map<String, Double> figures = new LinkedHashMap<>();
                part.getValue().fields().forEachRemaining(f -> {
                    if (f.getValue().isNumber()) {
                        figures.put(f.getKey(), f.getValue().asDouble());
                    }
                });
                finals.put(part.getKey(), figures);
            });
            List<RunRecord.Adjustment> adjustments = new ArrayList<>();
            for (JsonNode a : o.path("adjustments")) {
                adjustments.add(new RunRecord.Adjustment(a.path("step").asLong(), a.path("epoch").asDouble(0),
                        a.path("description").asText("")));
            }
            return new RunRecord(id, name, started == null ? Instant.EPOCH : started, settings,
                    o.path("ending").asText(""), o.path("epochsCompleted").asInt(epochs.size()),
                    o.path("steps").asLong(losses.length), o.path("seconds").asDouble(0), epochs, losses, finals,
                    adjustments, graph(o.get("graph"), index));
        }

        private static Instant instant(String text) {
            try {
                return text == null ? null : Instant.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** The project's own layout first; the command line has written the record's fields as they are. */
        private static TrainingSettings settings(JsonNode node) {
            if (!(node instanceof ObjectNode o)) {
                return null;
            }
            try {
                return TrainingCodec.read(fields(o, "settings"));
            } catch (ProjectFileException | RuntimeException e) {
                try {
                    return ProjectJson.MAPPER.treeToValue(o, TrainingSettings.class);
                } catch (JsonProcessingException | RuntimeException e2) {
                    return null;
                }
            }
        }

        private static NetworkGraph graph(JsonNode node, int index) {
            if (!(node instanceof ObjectNode o)) {
                return null;
            }
            try {
                return new GraphCodec(LayerCatalog.standard()).read(fields(o, "runs[" + (index - 1) + "].graph"));
            } catch (ProjectFileException | RuntimeException e) {
                return null;
            }
        }

        private static Fields fields(ObjectNode o, String path) {
            return new Fields(o, path, null, new ReadContext(null, Map.of()));
        }

        private static void number(ObjectNode o, String key, double v) {
            if (Double.isFinite(v)) {
                o.put(key, v);
            } else {
                o.putNull(key);
            }
        }
    }
}
