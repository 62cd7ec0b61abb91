package org.perceptra.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read into cells, with the line each row starts on (for messages), the delimiter found on the first
 * line and the header found or named. Rows all have as many cells as there are columns.
 */
final class CsvText {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    /** A decimal comma, as spreadsheets in much of Europe write numbers in files separated by semicolons. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+([eE][+-]?\\d+)?");

    final String name;
    final char delimiter;
    final boolean headerDetected;
    final List<String> columns;
    final List<String[]> rows;
    final long[] lines;

    private CsvText(String name, char delimiter, boolean headerDetected, List<String> columns, List<String[]> rows,
                    long[] lines) {
        this.name = name;
        this.delimiter = delimiter;
        this.headerDetected = headerDetected;
        this.columns = columns;
        this.rows = rows;
        this.lines = lines;
    }

    static CsvText parse(Reader reader, String name) throws DataException {
        String text = readAll(reader, name);
        char delimiter = detectDelimiter(text);
        List<String[]> records = new ArrayList<>();
        List<Long> recordLines = new ArrayList<>();
        readRecords(text, name, delimiter, records, recordLines);
        if (records.isEmpty()) {
            throw new DataException(name, "The file is empty.");
        }
        boolean header = HeaderDetection.looksLikeHeader(records);
        List<String> columns = header ? columnNames(records.get(0), name) : numberedColumns(records.get(0).length);
        int first = header ? 1 : 0;
        List<String[]> rows = new ArrayList<>(records.size() - first);
        long[] lines = new long[records.size() - first];
        for (int i = first; i < records.size(); i++) {
            String[] row = records.get(i);
            long line = recordLines.get(i);
            if (row.length != columns.size()) {
                throw new DataException(name, line, null, "This row has " + row.length + " cells, but the "
                        + (header ? "header has " : "first row has ") + columns.size() + ".");
            }
            lines[rows.size()] = line;
            rows.add(row);
        }
        return new CsvText(name, delimiter, header, List.copyOf(columns), rows, lines);
    }

    /** Index of a column by its name; the message lists the columns there are. */
    int column(String columnName) throws DataException {
        int index = columns.indexOf(columnName);
        if (index < 0) {
            throw new DataException(name, "There is no column \"" + columnName + "\". The columns are: "
                    + String.join(", ", columns) + ".");
        }
        return index;
    }

    private static String readAll(Reader reader, String name) throws DataException {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1 << 16];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            boolean bom = text.length() > 0 && text.charAt(0) == '\uFEFF'; // spreadsheets start UTF-8 files with one
            return bom ? text.substring(1) : text.toString();
        } catch (IOException e) {
            throw new DataException(name, 0, null, "The file cannot be read: " + e.getMessage(), e);
        }
    }

    private static void readRecords(String text, String name, char delimiter, List<String[]> records,
                                    List<Long> lines) throws DataException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).build();
        LineIndex index = new LineIndex(text);
        CSVParser parser = null;
        try (CSVParser p = CSVParser.parse(text, format)) {
            parser = p;
            for (CSVRecord record : p) {
                String[] cells = record.values();
                if (cells.length == 1 && cells[0].isEmpty()) {
                    continue; // a line of blanks, which the parser does not count as empty
                }
                if (delimiter == ';') {
                    decimalCommasToPoints(cells);
                }
                records.add(cells);
                lines.add(index.lineAt(record.getCharacterPosition()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            long line = parser == null ? 0 : parser.getCurrentLineNumber() + 1;
            throw new DataException(name, line, null, CsvParseErrors.explain(e), e);
        }
    }

    private static void decimalCommasToPoints(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (DECIMAL_COMMA.matcher(cells[i]).matches()) {
                cells[i] = cells[i].replace(',', '.');
            }
        }
    }

    /** The candidate that occurs most often on the first line, outside quotes; a comma when none does. */
    static char detectDelimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || text.charAt(i) != '\n'); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
                counts[d] += c == DELIMITERS[d] ? 1 : 0;
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            best = counts[d] > counts[best] ? d : best;
        }
        return DELIMITERS[best];
    }

    private static List<String> columnNames(String[] header, String name) throws DataException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String n = header[i].isEmpty() ? "column " + (i + 1) : header[i];
            int earlier = names.indexOf(n);
            if (earlier >= 0) {
                throw new DataException(name, 1, null, "The column name \"" + n + "\" appears twice (columns "
                        + (earlier + 1) + " and " + (i + 1) + "). Rename one of them.");
            }
            names.add(n);
        }
        return names;
    }

    private static List<String> numberedColumns(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "column " + i).toList();
    }

    /** Maps a character position to its 1-based line by the positions of the line breaks before it. */
    private static final class LineIndex {
        private final int[] breaks;

        LineIndex(String text) {
            int[] found = new int[64];
            int n = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
            breaks = Arrays.copyOf(found, n);
        }

        long lineAt(long position) {
            int at = Arrays.binarySearch(breaks, (int) position);
            return (at >= 0 ? at : -at - 1) + 1L;
        }
    }
}
