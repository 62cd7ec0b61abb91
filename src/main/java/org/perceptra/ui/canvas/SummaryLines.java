package org.perceptra.ui.canvas;

/**
 * Breaks a kind's key-parameter summary ("10, softmax, categorical_crossentropy") into lines at its commas,
 * so that a long value moves to the next line whole instead of being split mid-word by the label.
 */
final class SummaryLines {
    private SummaryLines() {
    }

    static String pack(String summary, int width) {
        if (summary.length() <= width) {
            return summary;
        }
        String[] parts = summary.split(", ");
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i] + (i < parts.length - 1 ? "," : "");
            if (line > 0 && line + 1 + part.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(part);
            line += part.length();
        }
        return out.toString();
    }
}
