package org.perceptra.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first rows of a CSV file and what each column seems to hold, for the import dialog: the student sees the
 * table, picks features and the target, and learns of missing values before loading. Types are inferred from the
 * whole file, not just the rows shown.
 *
 * @param name           file name
 * @param delimiter      the separator found on the first line
 * @param headerDetected whether the first row was taken as column names (otherwise "column 1", "column 2", ...)
 * @param columns        column names
 * @param types          each column's inferred type
 * @param missing        each column's number of missing cells
 * @param rows           the first rows, as text
 * @param totalRows      data rows in the whole file
 */
public record CsvPreview(String name, char delimiter, boolean headerDetected, List<String> columns,
                         List<ColumnType> types, List<Integer> missing, List<List<String>> rows, int totalRows) {
    public CsvPreview {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        missing = List.copyOf(missing);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static CsvPreview of(Path file, int maxRows) throws DataException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return of(reader, name, maxRows);
        } catch (IOException e) {
            throw new DataException(name, 0, null, "The file cannot be read: " + e.getMessage(), e);
        }
    }

    public static CsvPreview of(Reader reader, String name, int maxRows) throws DataException {
        CsvText text = CsvText.parse(reader, name);
        List<ColumnType> types = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int c = 0; c < text.columns.size(); c++) {
            ColumnProfile profile = ColumnProfile.of(text.rows, c);
            types.add(profile.type());
            missing.add(profile.missing());
        }
        List<List<String>> rows = text.rows.stream().limit(Math.max(0, maxRows)).map(Arrays::asList).toList();
        return new CsvPreview(name, text.delimiter, text.headerDetected, text.columns, types, missing, rows,
                text.rows.size());
    }

    /** The last column: the usual place of the label, and the import dialog's first guess at the target. */
    public String suggestedTarget() {
        return columns.get(columns.size() - 1);
    }
}
