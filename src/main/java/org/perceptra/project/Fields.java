package org.perceptra.project;

import static org.perceptra.project.ReadContext.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Typed access to the fields of one JSON object of a project file. Every failure names the place (JSON path,
 * line, column) and says in plain words what was expected and what was found. JSON {@code null} is never taken
 * for "missing": a field is either absent (and takes its default) or holds a value of the right type.
 */
final class Fields {
    private final ObjectNode node;
    private final String path;
    private final String subject;
    private final ReadContext context;

    Fields(ObjectNode node, String path, String subject, ReadContext context) {
        this.node = node;
        this.path = path;
        this.subject = subject;
        this.context = context;
    }

    /** The same object, with messages naming what it describes as well as its path ("node dense_2"). */
    Fields about(String newSubject) {
        return new Fields(node, path, newSubject, context);
    }

    String path() {
        return path;
    }

    ReadContext context() {
        return context;
    }

    boolean has(String name) {
        return node.has(name);
    }

    JsonNode get(String name) {
        return node.get(name);
    }

    Iterator<String> names() {
        return node.fieldNames();
    }

    /** Refuses fields not listed, so that a misspelt key is reported instead of silently ignored. */
    Fields allowOnly(Set<String> allowed) throws ProjectFileException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw fail(name, "unknown field " + ReadContext.quote(name) + "; the fields allowed here are "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return this;
    }

    String requiredText(String name) throws ProjectFileException {
        return text(name, requiredValue(name));
    }

    String text(String name, String fallback) throws ProjectFileException {
        return has(name) ? text(name, node.get(name)) : fallback;
    }

    private String text(String name, JsonNode value) throws ProjectFileException {
        if (!value.isTextual()) {
            throw fail(name, name + " must be text in quotes, not " + describe(value));
        }
        return value.textValue();
    }

    int integer(String name, int fallback, int min, int max) throws ProjectFileException {
        return has(name) ? integer(name, node.get(name), min, max) : fallback;
    }

    int requiredInteger(String name, int min, int max) throws ProjectFileException {
        return integer(name, requiredValue(name), min, max);
    }

    private int integer(String name, JsonNode value, int min, int max) throws ProjectFileException {
        if (!isWhole(value, min, max)) {
            throw fail(name, name + " must be a whole number from " + min + " to " + max + ", not " + describe(value));
        }
        return value.intValue();
    }

    long longInteger(String name, long fallback) throws ProjectFileException {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw fail(name, name + " must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                    + ", not " + describe(value));
        }
        return value.longValue();
    }

    double real(String name, double fallback) throws ProjectFileException {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isNumber()) {
            throw fail(name, name + " must be a number, not " + describe(value));
        }
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            throw fail(name, name + " must be a finite number; " + describe(value) + " is too large");
        }
        return d;
    }

    boolean bool(String name, boolean fallback) throws ProjectFileException {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw fail(name, name + " must be true or false, not " + describe(value));
        }
        return value.booleanValue();
    }

    Fields requiredObject(String name) throws ProjectFileException {
        return object(name, requiredValue(name));
    }

    /** The nested object, or null when the field is absent. */
    Fields optionalObject(String name) throws ProjectFileException {
        return has(name) ? object(name, node.get(name)) : null;
    }

    private Fields object(String name, JsonNode value) throws ProjectFileException {
        if (!value.isObject()) {
            throw fail(name, name + " must be an object { … }, not " + describe(value));
        }
        return new Fields((ObjectNode) value, ReadContext.child(path, name), subject, context);
    }

    /** 32.0 is a whole number too: a hand-edited file or another tool may write it so. */
    static boolean isWhole(JsonNode value, int min, int max) {
        double d = value.doubleValue();
        return value.isNumber() && (value.isIntegralNumber() || d == Math.rint(d)) && d >= min && d <= max;
    }

    /** The elements of a list; an absent list is empty. */
    Iterable<JsonNode> list(String name) throws ProjectFileException {
        if (!has(name)) {
            return List.of();
        }
        JsonNode value = node.get(name);
        if (!value.isArray()) {
            throw fail(name, name + " must be a list [ … ], not " + describe(value));
        }
        return value;
    }

    /** Fails unless the field is present (with any value; its reader checks the type). */
    void require(String name) throws ProjectFileException {
        requiredValue(name);
    }

    private JsonNode requiredValue(String name) throws ProjectFileException {
        JsonNode value = node.get(name);
        if (value == null) {
            throw failHere("the required field " + ReadContext.quote(name) + " is missing");
        }
        return value;
    }

    /** A failure of field {@code name} of this object. */
    ProjectFileException fail(String name, String problem) {
        String at = ReadContext.child(path, name);
        return context.fail(at, subject == null ? at : at + ", " + subject, problem);
    }

    /** A failure of this object as a whole. */
    ProjectFileException failHere(String problem) {
        String at = path.isEmpty() ? "" : path;
        return context.fail(at, subject == null ? at : (at.isEmpty() ? subject : at + ", " + subject), problem);
    }
}
