package org.perceptra.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's parse errors into plain words: a teacher reads them, not a Jackson maintainer. */
final class JsonSyntax {
    /** Where Jackson says an unclosed list or object began: "start marker at [Source: …; line: 2, column: 20]". */
    private static final Pattern START_MARKER = Pattern.compile(
            "close marker for (Array|Object) \\(start marker at \\[Source:[^\\]]*line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(start marker )?at \\[Source:[^\\]]*\\]\\)?");

    private JsonSyntax() {
    }

    /** @param fallback where the parser stood, for the errors Jackson reports without a location */
    static ProjectFileException problem(Path file, JsonProcessingException e, JsonLocation fallback) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : fallback;
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        return new ProjectFileException(file, line, column, "", explain(e));
    }

    private static String explain(JsonProcessingException e) {
        String original = firstLine(e.getOriginalMessage());
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of its JSON, as if it was cut off" + unclosed(original);
        }
        String plain = SOURCE.matcher(original).replaceAll("");
        if (e instanceof StreamConstraintsException) {
            if (plain.contains("nesting depth")) {
                return "lists and objects are nested more deeply than any project needs (" + plain + ")";
            }
            return "a value in the file is far too long (" + plain + ")";
        }
        if (plain.contains("UTF-8") || plain.contains("Invalid character")) {
            return "the file is not UTF-8 text, so it is not a project file (" + plain + ")";
        }
        return "this is not valid JSON: " + plain;
    }

    private static String unclosed(String original) {
        Matcher open = START_MARKER.matcher(original);
        if (open.find()) {
            return ": the " + ("Array".equals(open.group(1)) ? "list '['" : "object '{'") + " opened at line "
                    + open.group(2) + ", column " + open.group(3) + " is never closed";
        }
        if (original.contains("Array entries")) {
            return ": a list '[' is never closed";
        }
        if (original.contains("Object entries") || original.contains("field name")) {
            return ": an object '{' is never closed";
        }
        return original.contains("closing quote") ? ": a text in quotes is never closed" : "";
    }

    /** Jackson appends source excerpts on further lines; the first line says what is wrong. */
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable JSON";
        }
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).strip();
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list '['";
            case START_OBJECT -> "an object '{'";
            case VALUE_STRING -> "a text in quotes";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }
}
