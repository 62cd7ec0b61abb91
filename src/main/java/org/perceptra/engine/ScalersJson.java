package org.perceptra.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.FeatureScaler;
import org.perceptra.data.TargetScaler;
import org.perceptra.model.Shape;

/**
 * {@link Scalers} as the {@code "scalers"} object inside stored weights. Values are JSON numbers: a few per
 * feature or channel, written as the shortest text that reads back as the same 32-bit float.
 * <pre>{"features": {"method": "zscore", "shape": [2], "centre": [0.1, -0.2], "spread": [1.3, 0.9]},
 *  "targets": {"mean": [152.1], "spread": [77.0]}}</pre>
 */
final class ScalersJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScalersJson() {
    }

    static ObjectNode write(Scalers scalers) {
        ObjectNode root = NODES.objectNode();
        FeatureScaler f = scalers.features();
        ObjectNode features = root.putObject("features");
        features.put("method", f.method().id());
        ArrayNode shape = features.putArray("shape");
        f.shape().toList().forEach(shape::add);
        floats(features.putArray("centre"), f.centre());
        floats(features.putArray("spread"), f.spread());
        scalers.targetScaler().ifPresent(t -> {
            ObjectNode targets = root.putObject("targets");
            floats(targets.putArray("mean"), t.mean());
            floats(targets.putArray("spread"), t.spread());
        });
        return root;
    }

    /** @throws IllegalArgumentException saying what is damaged */
    static Scalers read(JsonNode node) {
        JsonNode f = node.path("features");
        String methodId = f.path("method").asText();
        DatasetSpec.Normalization method = DatasetSpec.Normalization.byId(methodId).orElseThrow(() ->
                new IllegalArgumentException("the stored feature scaling '" + methodId + "' is unknown"));
        List<Integer> dims = new ArrayList<>();
        f.path("shape").forEach(d -> dims.add(d.asInt()));
        FeatureScaler features;
        try {
            features = new FeatureScaler(method, Shape.of(dims), floats(f, "centre"), floats(f, "spread"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the stored feature scaling is damaged: " + e.getMessage());
        }
        JsonNode t = node.get("targets");
        if (t == null || t.isNull()) {
            return new Scalers(features, null);
        }
        try {
            return new Scalers(features, new TargetScaler(floats(t, "mean"), floats(t, "spread")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the stored target scaling is damaged: " + e.getMessage());
        }
    }

    private static void floats(ArrayNode array, float[] values) {
        for (float v : values) {
            array.add(v);
        }
    }

    private static float[] floats(JsonNode parent, String field) {
        JsonNode array = parent.path(field);
        if (!array.isArray()) {
            throw new IllegalArgumentException("'" + field + "' is not a list of numbers");
        }
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            if (!array.get(i).isNumber()) {
                throw new IllegalArgumentException("'" + field + "' holds " + array.get(i) + ", not a number");
            }
            out[i] = array.get(i).floatValue();
        }
        return out;
    }
}
