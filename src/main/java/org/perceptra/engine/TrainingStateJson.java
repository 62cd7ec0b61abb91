package org.perceptra.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.perceptra.engine.session.EarlyStopper;

/**
 * A {@link TrainingState} as the member {@code "trainingState"} of the stored weights (see {@link WeightsJson}):
 * written and dropped together with them, and ignored by readers that only want the weights. Arrays are exact:
 * little-endian floats or doubles (as the network computes) in Base64; doubles that may be infinite or NaN are
 * written as text. Adam's two moments double the size of the weights; SGD keeps nothing.
 * <pre>{"format": 1, "optimizer": "ADAM", "precision": "FLOAT32", "batchSize": 32, "seed": 42,
 *  "trainSamples": 800, "batchesPerEpoch": 25, "steps": 50, "optimizerSteps": 50, "plannedEpochs": 2,
 *  "dropoutRandom": [..., ...], "plateau": {...}, "earlyStopping": {...}, "bestWeights": [...],
 *  "slots": [{"tensor": "*", "slot": "m", "encoding": "base64-float32-le", "values": "..."}, ...]}</pre>
 */
final class TrainingStateJson {
    static final String MEMBER = "trainingState";
    static final int FORMAT = 1;
    private static final String FLOATS = "base64-float32-le";
    private static final String DOUBLES = "base64-float64-le";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TrainingStateJson() {
    }

    static ObjectNode write(TrainingState s) {
        ObjectNode o = NODES.objectNode();
        TrainingState.Made m = s.made();
        o.put("format", FORMAT);
        o.put("optimizer", m.optimizer());
        o.put("precision", m.precision());
        o.put("batchSize", m.batchSize());
        o.put("seed", m.seed());
        o.put("trainSamples", m.trainSamples());
        o.put("batchesPerEpoch", m.batchesPerEpoch());
        o.put("steps", s.steps());
        o.put("optimizerSteps", s.optimizerSteps());
        o.put("plannedEpochs", s.plannedEpochs());
        s.dropoutRandom().ifPresent(r -> o.putArray("dropoutRandom").add(r[0]).add(r[1]));
        s.plateau().ifPresent(p -> {
            ObjectNode n = o.putObject("plateau");
            putDouble(n, "rate", p.rate());
            putDouble(n, "best", p.best());
            n.put("badEpochs", p.badEpochs());
        });
        s.stopping().ifPresent(e -> {
            ObjectNode n = o.putObject("earlyStopping");
            putDouble(n, "best", e.best());
            n.put("bestEpoch", e.bestEpoch());
            n.put("epochsWithoutImprovement", e.epochsWithoutImprovement());
        });
        s.bestWeights().ifPresent(best -> {
            ArrayNode a = o.putArray("bestWeights");
            best.forEach((name, v) -> a.addObject().put("name", name).put("values", WeightsJson.encode(v)));
        });
        ArrayNode slots = o.putArray("slots");
        s.optimizer().forEach((tensor, bySlot) -> bySlot.forEach((slot, array) -> {
            boolean doubles = array.dataType() == DataType.DOUBLE;
            slots.addObject().put("tensor", tensor).put("slot", slot).put("encoding", doubles ? DOUBLES : FLOATS)
                    .put("values", encode(array, doubles));
        }));
        return o;
    }

    static Optional<TrainingState> read(String weightsJson) {
        JsonNode root;
        try {
            root = JSON.readTree(weightsJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the stored weights are not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode o = root == null ? null : root.get(MEMBER);
        if (o == null || o.isNull()) {
            return Optional.empty();
        }
        if (o.path("format").asInt(-1) != FORMAT) {
            throw new IllegalArgumentException("the stored training state is not in a format this version reads");
        }
        TrainingState.Made made = new TrainingState.Made(text(o, "optimizer"), text(o, "precision"),
                positive(o, "batchSize"), number(o, "seed").asLong(), positive(o, "trainSamples"),
                positive(o, "batchesPerEpoch"));
        long steps = number(o, "steps").asLong();
        int optimizerSteps = number(o, "optimizerSteps").asInt();
        if (steps < 0 || optimizerSteps < 0 || optimizerSteps > steps) {
            throw damaged("its step counts are impossible");
        }
        JsonNode r = o.get("dropoutRandom");
        long[] random = r == null ? null : new long[] {r.path(0).asLong(), r.path(1).asLong()};
        JsonNode p = o.get("plateau");
        PlateauSchedule.State plateau = p == null ? null
                : new PlateauSchedule.State(doubleOf(p, "rate"), doubleOf(p, "best"), p.path("badEpochs").asInt());
        JsonNode e = o.get("earlyStopping");
        EarlyStopper.State stopping = e == null ? null : new EarlyStopper.State(doubleOf(e, "best"),
                e.path("bestEpoch").asInt(), e.path("epochsWithoutImprovement").asInt());
        Map<String, float[]> best = null;
        if (o.has("bestWeights")) {
            best = new LinkedHashMap<>();
            for (JsonNode t : o.get("bestWeights")) {
                best.put(t.path("name").asText(), WeightsJson.decode(t.path("values").asText(), t.path("name").asText()));
            }
        }
        Map<String, Map<String, INDArray>> slots = new LinkedHashMap<>();
        for (JsonNode t : o.path("slots")) {
            String tensor = t.path("tensor").asText();
            slots.computeIfAbsent(tensor, k -> new LinkedHashMap<>()).put(t.path("slot").asText(),
                    decode(t.path("values").asText(), t.path("encoding").asText(), tensor));
        }
        return Optional.of(new TrainingState(made, steps, optimizerSteps, number(o, "plannedEpochs").asInt(), slots,
                random, plateau, stopping, best));
    }

    private static String encode(INDArray a, boolean doubles) {
        INDArray flat = a.dup('c');
        ByteBuffer bytes;
        if (doubles) {
            double[] v = flat.data().asDouble();
            bytes = ByteBuffer.allocate(v.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asDoubleBuffer().put(v);
        } else {
            float[] v = flat.castTo(DataType.FLOAT).data().asFloat();
            bytes = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(v);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    private static INDArray decode(String text, String encoding, String tensor) {
        if (DOUBLES.equals(encoding)) {
            byte[] bytes = base64(text, tensor);
            if (bytes.length % Double.BYTES != 0) {
                throw damaged("the optimiser state of '" + tensor + "' is not a whole number of doubles");
            }
            double[] v = new double[bytes.length / Double.BYTES];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(v);
            return Nd4j.createFromArray(v);
        }
        if (!FLOATS.equals(encoding)) {
            throw damaged("the optimiser state of '" + tensor + "' has an unknown encoding '" + encoding + "'");
        }
        return Nd4j.createFromArray(WeightsJson.decode(text, tensor));
    }

    private static byte[] base64(String text, String tensor) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw damaged("the optimiser state of '" + tensor + "' is not Base64");
        }
    }

    private static void putDouble(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.put(key, Double.toString(v)); // JSON has no NaN or Infinity
        }
    }

    private static double doubleOf(JsonNode n, String key) {
        JsonNode v = n.path(key);
        try {
            return v.isTextual() ? Double.parseDouble(v.asText()) : v.asDouble(Double.NaN);
        } catch (NumberFormatException e) {
            throw damaged("'" + key + "' is not a number");
        }
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || !v.isTextual()) {
            throw damaged("'" + key + "' is missing");
        }
        return v.asText();
    }

    private static JsonNode number(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || !v.isIntegralNumber()) {
            throw damaged("'" + key + "' is missing or not a whole number");
        }
        return v;
    }

    private static int positive(JsonNode o, String key) {
        int v = number(o, key).asInt();
        if (v < 1) {
            throw damaged("'" + key + "' must be at least 1");
        }
        return v;
    }

    private static IllegalArgumentException damaged(String why) {
        return new IllegalArgumentException("the stored training state is damaged: " + why);
    }
}
