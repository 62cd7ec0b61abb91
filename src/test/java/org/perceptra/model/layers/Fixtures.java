package org.perceptra.model.layers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perceptra.model.LayerCatalog;
import org.perceptra.model.LayerInference;
import org.perceptra.model.LayerKind;
import org.perceptra.model.Shape;

/** Short ways to write shapes and parameters in test tables: "1x28x28", "filters=6; kernelSize=5". */
final class Fixtures {
    private Fixtures() {
    }

    static Shape shape(String text) {
        return Shape.of(Arrays.stream(text.trim().split("x")).mapToInt(Integer::parseInt).toArray());
    }

    /** Several input shapes separated by '+': "64x28x28 + 32x28x28". */
    static List<Shape> shapes(String text) {
        return Arrays.stream(text.split("\\+")).map(Fixtures::shape).toList();
    }

    /** "name=value; name=value" into a map of raw strings, which the kind's specs coerce. */
    static Map<String, Object> params(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.split(";")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0].trim(), kv[1].trim());
        }
        return out;
    }

    /** The standard kind with this id. */
    static LayerKind kind(String id) {
        return LayerCatalog.standard().get(id);
    }

    static LayerInference infer(LayerKind kind, String params, String inputs) {
        return kind.infer(shapes(inputs), kind.defaults(params(params)));
    }

    /** Pairs of name and value, as parameter overrides: {@code p("units", 64, "activation", "tanh")}. */
    static Map<String, Object> p(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
