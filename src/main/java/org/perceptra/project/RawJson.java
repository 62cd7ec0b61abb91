package org.perceptra.project;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Copies one JSON value token by token, keeping every number exactly as it was written. Trained weights and run
 * histories pass through here: they can be hundreds of megabytes, so they are streamed instead of built into a
 * tree, and a weight must not change because it went through a {@code double} on the way.
 */
final class RawJson {
    private RawJson() {
    }

    /** The value at the parser's current token as compact JSON text; leaves the parser on the value's last token. */
    static String compact(JsonParser in) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = ProjectJson.FACTORY.createGenerator(text)) {
            copy(in, out);
        }
        return text.toString();
    }

    /** Writes the single JSON value held in {@code json} to {@code out}, which may be pretty-printing. */
    static void write(String json, JsonGenerator out) throws IOException {
        try (JsonParser in = ProjectJson.FACTORY.createParser(json)) {
            if (in.nextToken() == null) {
                throw new IOException("stored results are empty text, not a JSON value");
            }
            copy(in, out);
            if (in.nextToken() != null) {
                throw new IOException("stored results hold more than one JSON value");
            }
        }
    }

    private static void copy(JsonParser in, JsonGenerator out) throws IOException {
        int depth = 0;
        do {
            JsonToken token = in.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    out.writeStartObject();
                    depth++;
                }
                case START_ARRAY -> {
                    out.writeStartArray();
                    depth++;
                }
                case END_OBJECT -> {
                    out.writeEndObject();
                    depth--;
                }
                case END_ARRAY -> {
                    out.writeEndArray();
                    depth--;
                }
                case FIELD_NAME -> out.writeFieldName(in.currentName());
                case VALUE_STRING -> out.writeString(in.getText());
                // The number's own text, not a parsed double: "0.1000000000000000055" stays what it was.
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(in.getText());
                case VALUE_TRUE -> out.writeBoolean(true);
                case VALUE_FALSE -> out.writeBoolean(false);
                case VALUE_NULL -> out.writeNull();
                default -> throw new IOException("unexpected JSON token " + token);
            }
        } while (depth > 0 && in.nextToken() != null);
        if (depth > 0) {
            throw new IOException("JSON value ends early");
        }
    }
}
