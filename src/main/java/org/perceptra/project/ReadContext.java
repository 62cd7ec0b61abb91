package org.perceptra.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * The file being read and where each value of it was found, so that a problem noticed while binding (long after
 * parsing) can still be reported with its line and column.
 */
final class ReadContext {
    /** Long enough to recognise a value, short enough that a 10 MB string does not become a 10 MB message. */
    private static final int SHOWN_CHARS = 60;
    private static final int MAX_PROBLEM_CHARS = 400;

    private final Path file;
    private final Map<String, JsonLocation> locations;

    ReadContext(Path file, Map<String, JsonLocation> locations) {
        this.file = file;
        this.locations = locations;
    }

    /** After a migration the tree no longer matches the text: keep naming paths, but claim no line numbers. */
    ReadContext withoutLocations() {
        return new ReadContext(file, Map.of());
    }

    Path file() {
        return file;
    }

    /**
     * A failure at {@code path} (a JSON path such as {@code graph.nodes[2].params.units}); the line and column are
     * those of the value at that path or, when it is missing, of the nearest enclosing value.
     */
    ProjectFileException fail(String path, String where, String problem) {
        JsonLocation at = near(path);
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        return new ProjectFileException(file, line, column, where, shorten(problem, MAX_PROBLEM_CHARS));
    }

    private JsonLocation near(String path) {
        String p = path;
        while (true) {
            JsonLocation at = locations.get(p);
            if (at != null || p.isEmpty()) {
                return at;
            }
            p = parent(p);
        }
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /** A user's text in quotes for a message, cut short when long. */
    static String quote(String text) {
        return "\"" + shorten(text, SHOWN_CHARS) + "\"";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " characters)";
    }

    /** A JSON value as a message shows it: text in quotes (shortened), numbers as written, containers by kind. */
    static String describe(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return quote(value.textValue());
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isPojo()) {
            return "a JSON value";
        }
        return value.asText();
    }
}
