package org.perceptra.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Parses a project file into a tree, remembering the line and column of every value by its JSON path. Jackson's
 * own tree reader forgets locations, and problems such as an unknown layer kind are only found after parsing.
 *
 * <p>The design part (everything but weights and runs) is capped in size, so that a damaged or hostile file is
 * refused with a message instead of exhausting memory. Weights and runs are kept as raw JSON text.
 */
final class TreeParser {
    /** Top-level sections kept verbatim as JSON text (see {@link StoredResults}). */
    static final Set<String> RAW_SECTIONS = Set.of("weights", "runs");
    /** Most entries in one list or object of the design part: far more nodes or wires than anyone draws. */
    static final int MAX_ENTRIES = 100_000;
    /** Most values in the design part altogether. */
    static final int MAX_VALUES = 2_000_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final Path file;
    private final Map<String, JsonLocation> locations = new HashMap<>();
    private int values;

    record Parsed(ObjectNode root, Map<String, JsonLocation> locations) {
    }

    private TreeParser(JsonParser parser, Path file) {
        this.parser = parser;
        this.file = file;
    }

    /** Reads the one JSON object the parser holds; closes the parser. */
    static Parsed parse(JsonParser parser, Path file) throws ProjectFileException {
        try (parser) {
            TreeParser reader = new TreeParser(parser, file);
            return new Parsed(reader.root(), reader.locations);
        } catch (JsonProcessingException e) {
            throw JsonSyntax.problem(file, e, parser.currentLocation());
        } catch (IOException e) {
            throw new ProjectFileException(file, -1, -1, "", "cannot be read: " + e.getMessage());
        }
    }

    private ObjectNode root() throws IOException, ProjectFileException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw failHere("", "the file is empty; a project file is a JSON object starting with '{'");
        }
        if (first != JsonToken.START_OBJECT) {
            throw failHere("", "a project file is a JSON object starting with '{', but this file starts with "
                    + JsonSyntax.describe(first));
        }
        locations.put("", parser.currentTokenLocation());
        ObjectNode root = NODES.objectNode();
        Set<String> names = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            // A null "weights" is not kept in the tree, so the tree alone cannot tell a second one.
            if (!names.add(name)) {
                throw twice("", name);
            }
            parser.nextToken();
            if (RAW_SECTIONS.contains(name)) {
                locations.put(name, parser.currentTokenLocation());
                // null means "none", as StoredResults has it; anything else is kept exactly as written.
                if (parser.currentToken() != JsonToken.VALUE_NULL) {
                    root.putRawValue(name, new RawValue(RawJson.compact(parser)));
                }
            } else {
                root.set(name, value(name));
            }
        }
        if (parser.nextToken() != null) {
            throw failHere("", "there is more text after the project's closing '}'");
        }
        return root;
    }

    private JsonNode value(String path) throws IOException, ProjectFileException {
        locations.put(path, parser.currentTokenLocation());
        if (++values > MAX_VALUES) {
            throw failHere(path, "the file holds more than " + MAX_VALUES + " values besides its weights and runs; "
                    + "no project needs that many (the file may be damaged)");
        }
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(path);
            case START_ARRAY -> array(path);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer();
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw failHere(path, "unexpected " + JsonSyntax.describe(parser.currentToken()));
        };
    }

    private ObjectNode object(String path) throws IOException, ProjectFileException {
        ObjectNode node = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (node.has(name)) {
                throw twice(path, name);
            }
            if (node.size() >= MAX_ENTRIES) {
                throw failHere(path, "this object has more than " + MAX_ENTRIES
                        + " fields; no project needs that many");
            }
            parser.nextToken();
            node.set(name, value(ReadContext.child(path, name)));
        }
        return node;
    }

    private ArrayNode array(String path) throws IOException, ProjectFileException {
        ArrayNode node = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (node.size() >= MAX_ENTRIES) {
                throw new ReadContext(file, locations).fail(path, path, "this list has more than " + MAX_ENTRIES
                        + " entries; no project needs that many (the file may be damaged)");
            }
            node.add(value(ReadContext.element(path, node.size())));
        }
        return node;
    }

    private JsonNode integer() throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }

    /** Jackson keeps the last of two equal keys; a person editing the file meant one of them, so say so. */
    private ProjectFileException twice(String path, String name) {
        return failHere(path, "the field " + ReadContext.quote(name) + " appears twice in the same object");
    }

    /** A failure at the token the parser is on now. */
    private ProjectFileException failHere(String where, String problem) {
        JsonLocation at = parser.currentTokenLocation();
        return new ProjectFileException(file, at.getLineNr(), at.getColumnNr(), where, problem);
    }
}
