package org.perceptra.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A network's stored tensors (weights, biases, BatchNorm statistics) as the JSON value a project keeps under
 * {@code "weights"}. Values are 32-bit floats, little-endian, in Base64: exact, and about 5.3 bytes per
 * parameter where decimal text takes twice that (MNIST's MLP would add 2.6 MB). Each tensor keeps its shape, so
 * weights that no longer fit an edited network are refused with the tensor's name. The {@link Scalers} fitted on
 * the training part travel with them (see {@link ScalersJson}); weights stored before they did simply lack them.
 * <pre>{"format": 1, "encoding": "base64-float32-le",
 *  "tensors": [{"name": "dense_1/W", "shape": [2, 8], "values": "..."}, ...],
 *  "scalers": {"features": {...}, "targets": {...}}, "trainingState": {...}}</pre>
 */
public final class WeightsJson {
    static final int FORMAT = 1;
    static final String ENCODING = "base64-float32-le";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WeightsJson() {
    }

    /** The network's current tensors as JSON text, without scalers. */
    public static String write(CompiledNetwork network) {
        return write(network, null);
    }

    /** The network's current tensors and the scalers it was trained with ({@code null}: none) as JSON text. */
    public static String write(CompiledNetwork network, Scalers scalers) {
        return write(network, scalers, null);
    }

    /**
     * As {@link #write(CompiledNetwork, Scalers)}, with what continuing training needs ({@code null}: nothing) as the
     * member {@code "trainingState"} (see {@link TrainingStateJson}), which readers of the weights ignore.
     */
    static String write(CompiledNetwork network, Scalers scalers, TrainingState state) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("encoding", ENCODING);
        ArrayNode tensors = root.putArray("tensors");
        Map<String, long[]> shapes = network.parameterShapes();
        network.parameters().forEach((name, values) -> {
            ObjectNode t = tensors.addObject();
            t.put("name", name);
            ArrayNode shape = t.putArray("shape");
            for (long d : shapes.get(name)) {
                shape.add(d);
            }
            t.put("values", encode(values));
        });
        if (scalers != null) {
            root.set("scalers", ScalersJson.write(scalers));
        }
        if (state != null) {
            root.set(TrainingStateJson.MEMBER, TrainingStateJson.write(state));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write weights", e);
        }
    }

    /**
     * Puts stored weights into the network.
     *
     * @throws IllegalArgumentException naming the problem when the text is not stored weights, or when a tensor
     *                                  is missing, extra or of another shape than the network's
     */
    public static void load(String json, CompiledNetwork network) {
        Map<String, float[]> values = read(json, network.parameterShapes());
        network.setParameters(values);
    }

    /**
     * The scalers stored with the weights; empty for weights stored before scalers were.
     *
     * @throws IllegalArgumentException when the text is not stored weights or the scalers are damaged
     */
    public static Optional<Scalers> scalers(String json) {
        JsonNode scalers = tree(json).get("scalers");
        return scalers == null || scalers.isNull() ? Optional.empty()
                : Optional.of(ScalersJson.read(scalers));
    }

    private static JsonNode tree(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            return root == null ? JSON.missingNode() : root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the stored weights are not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** One stored tensor as the file has it, before any network is asked whether it fits. */
    record StoredTensor(long[] shape, float[] values) {
    }

    /**
     * Every stored tensor by name, whatever network it came from (a warm start picks the ones that fit).
     *
     * @throws IllegalArgumentException naming the problem when the text is not stored weights or a tensor is
     *                                  damaged
     */
    static Map<String, StoredTensor> readAll(String json) {
        JsonNode root = tree(json);
        requireFormat(root);
        Map<String, StoredTensor> out = new LinkedHashMap<>();
        for (JsonNode t : root.path("tensors")) {
            String name = t.path("name").asText();
            long[] shape = new long[t.path("shape").size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = t.path("shape").get(i).asLong();
            }
            float[] v = decode(t.path("values").asText(), name);
            if (v.length != product(shape)) {
                throw new IllegalArgumentException("the stored tensor '" + name + "' has " + v.length
                        + " values where its shape needs " + product(shape));
            }
            out.put(name, new StoredTensor(shape, v));
        }
        return out;
    }

    private static void requireFormat(JsonNode root) {
        if (root.path("format").asInt(-1) != FORMAT || !ENCODING.equals(root.path("encoding").asText())) {
            throw new IllegalArgumentException("the stored weights are not in a format this version reads (format "
                    + FORMAT + ", " + ENCODING + ")");
        }
    }

    static Map<String, float[]> read(String json, Map<String, long[]> expected) {
        JsonNode root = tree(json);
        requireFormat(root);
        Map<String, float[]> out = new LinkedHashMap<>();
        for (JsonNode t : root.path("tensors")) {
            String name = t.path("name").asText();
            long[] shape = expected.get(name);
            if (shape == null) {
                throw new IllegalArgumentException("the stored weights have a tensor '" + name
                        + "' that this network does not have; the network was changed after training");
            }
            float[] v = decode(t.path("values").asText(), name);
            if (v.length != product(shape)) {
                throw new IllegalArgumentException("the stored tensor '" + name + "' has " + v.length
                        + " values, but the network's has " + product(shape) + "; the layer was changed after training");
            }
            out.put(name, v);
        }
        for (String name : expected.keySet()) {
            if (!out.containsKey(name)) {
                throw new IllegalArgumentException("the stored weights lack the tensor '" + name
                        + "'; the network was changed after training");
            }
        }
        return out;
    }

    private static long product(long[] shape) {
        long p = 1;
        for (long d : shape) {
            p *= d;
        }
        return p;
    }

    static String encode(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    static float[] decode(String text, String name) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the stored tensor '" + name + "' is damaged: " + e.getMessage());
        }
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException("the stored tensor '" + name + "' is damaged: " + bytes.length
                    + " bytes are not a whole number of floats");
        }
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
