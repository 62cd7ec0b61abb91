package org.perceptra.data;

/**
 * Data that cannot be used, with a message fit to show a student: which file, which line, which column, and what
 * is wrong. Checked, because a bad file is an expected event the caller must turn into a dialog or an exit code,
 * never a crash.
 */
public final class DataException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;
    private final String problem;

    /** A problem with no file behind it (a generator setting, an empty dataset). */
    public DataException(String problem) {
        this(null, 0, null, problem, null);
    }

    /** A problem with a whole file (or class-path resource, or folder). */
    public DataException(String source, String problem) {
        this(source, 0, null, problem, null);
    }

    /**
     * A problem at one place in a file.
     *
     * @param line   1-based line in the file, or 0 when unknown
     * @param column column name, or null when the problem is with the whole line
     */
    public DataException(String source, long line, String column, String problem) {
        this(source, line, column, problem, null);
    }

    public DataException(String source, long line, String column, String problem, Throwable cause) {
        super(format(source, line, column, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** File, resource or folder name; null when the problem is not about a file. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 when unknown. */
    public long line() {
        return line;
    }

    /** Column name, or null. */
    public String column() {
        return column;
    }

    /** The problem alone, without where it is. */
    public String problem() {
        return problem;
    }

    private static String format(String source, long line, String column, String problem) {
        StringBuilder where = new StringBuilder();
        if (source != null) {
            where.append(source);
        }
        if (line > 0) {
            where.append(where.isEmpty() ? "" : ", ").append("line ").append(line);
        }
        if (column != null) {
            where.append(where.isEmpty() ? "" : ", ").append("column \"").append(column).append('"');
        }
        return where.isEmpty() ? problem : where + ": " + problem;
    }
}
