package org.perceptra.project;

import java.nio.file.Path;

/**
 * A project file that cannot be read: names the file, the place (line and column when known, and the JSON
 * path or node id) and the problem in plain words. Its message is fit to show to a user as it is.
 */
public final class ProjectFileException extends Exception {
    private final transient Path file;
    private final int line;
    private final int column;
    private final String where;
    private final String problem;

    public ProjectFileException(Path file, int line, int column, String where, String problem) {
        super(format(file, line, column, where, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.where = where == null ? "" : where;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }

    /** JSON path or node, e.g. {@code graph.nodes[2].params.units} or {@code node dense_2}; may be empty. */
    public String where() {
        return where;
    }

    public String problem() {
        return problem;
    }

    private static String format(Path file, int line, int column, String where, String problem) {
        StringBuilder sb = new StringBuilder(file == null ? "project" : String.valueOf(file.getFileName()));
        if (line > 0) {
            sb.append(", line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (where != null && !where.isEmpty()) {
            sb.append(" (").append(where).append(')');
        }
        return sb.append(": ").append(problem).toString();
    }
}
