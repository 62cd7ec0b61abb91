package org.perceptra.data;

import java.util.Locale;

/** Turns Commons CSV's parser messages into advice a student can act on. */
final class CsvParseErrors {
    private CsvParseErrors() {
    }

    static String explain(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("eof reached before encapsulated token finished")) {
            return "A quote (\") opened here is never closed. Close it, or remove the stray quote.";
        }
        if (lower.contains("invalid char between encapsulated token and delimiter")) {
            return "Text follows a closing quote (\"). Put the whole cell in quotes and write each quote inside it"
                    + " twice (\"\").";
        }
        if (lower.contains("duplicate")) {
            return "Two columns have the same name. Rename one of them.";
        }
        return "The file cannot be read as CSV (" + message + ").";
    }
}
