package org.perceptra.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perceptra.model.LayerKind;
import org.perceptra.model.NodeId;
import org.perceptra.model.ParamSpec;
import org.perceptra.model.Params;

/**
 * A node's parameters, driven by its kind's {@link ParamSpec}s. Written in full and in declared order, so a file
 * shows every setting and diffs line by line; read through each spec's {@code coerce} and {@code check}, so the
 * file accepts exactly what the inspector accepts.
 */
final class ParamsCodec {
    private ParamsCodec() {
    }

    static ObjectNode write(LayerKind kind, Params params, NodeId node) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (ParamSpec spec : kind.params()) {
            Object value = params.has(spec.name()) ? params.get(spec.name()) : spec.defaultValue();
            out.set(spec.name(), json(value, node, spec));
        }
        return out;
    }

    private static JsonNode json(Object value, NodeId node, ParamSpec spec) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value instanceof Integer i) {
            return f.numberNode(i);
        }
        if (value instanceof Double d) {
            return f.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof String s) {
            return f.textNode(s);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = f.arrayNode();
            for (Object o : list) {
                array.add(json(o, node, spec));
            }
            return array;
        }
        // Params only ever hold the types ParamSpec documents; anything else is a bug upstream.
        throw new IllegalArgumentException("node " + node + ", parameter " + spec.name()
                + ": cannot save a value of type " + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /** @param params the node's "params" object, or null when the file leaves them all at their defaults */
    static Params read(LayerKind kind, Fields params, NodeId node) throws ProjectFileException {
        if (params == null) {
            return kind.defaults();
        }
        for (Iterator<String> it = params.names(); it.hasNext(); ) {
            String name = it.next();
            if (kind.param(name).isEmpty()) {
                throw params.context().fail(ReadContext.child(params.path(), name),
                        "node " + node + ", parameter " + name, unknown(kind, name));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec spec : kind.params()) {
            values.put(spec.name(), params.has(spec.name()) ? value(spec, params, node) : spec.defaultValue());
        }
        return Params.of(values);
    }

    private static Object value(ParamSpec spec, Fields params, NodeId node) throws ProjectFileException {
        ParamSpec.Coerced coerced = spec.coerce(plain(params.get(spec.name())));
        String problem = coerced.ok() ? spec.check(coerced.value()).orElse(null) : coerced.problem();
        if (problem != null) {
            throw params.context().fail(ReadContext.child(params.path(), spec.name()),
                    "node " + node + ", parameter " + spec.label(), problem);
        }
        return coerced.value();
    }

    private static String unknown(LayerKind kind, String name) {
        List<String> names = kind.params().stream().map(ParamSpec::name).toList();
        return kind.id() + " has no parameter " + ReadContext.quote(name) + (names.isEmpty()
                ? "; it has no parameters at all" : "; its parameters are " + String.join(", ", names));
    }

    /** The JSON value as the plain Java objects {@link ParamSpec#coerce} understands. */
    private static Object plain(JsonNode json) {
        if (json.isTextual()) {
            return json.textValue();
        }
        if (json.isBoolean()) {
            return json.booleanValue();
        }
        if (json.isNumber()) {
            return json.numberValue();
        }
        if (json.isArray()) {
            List<Object> list = new ArrayList<>();
            json.forEach(e -> list.add(plain(e)));
            return list;
        }
        if (json.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            json.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        return null;
    }
}
