package org.perceptra.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file into a {@link Dataset}: chosen feature columns (numbers as they are, text one-hot), one target
 * column (class labels or a number), missing values dropped or filled in and reported. Every problem becomes a
 * {@link DataException} naming the file, the line and the column; the first one in file order is reported.
 */
public final class CsvLoader {
    private CsvLoader() {
    }

    /** A loaded CSV file and what its import did about missing values. */
    public record CsvImport(Dataset dataset, ImportReport report) {
    }

    public static CsvImport load(Path file, List<String> features, String target, boolean classification,
                                 CsvOptions options) throws DataException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new DataException(file.toString(), "The file does not exist (or is a folder).");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name, features, target, classification, options);
        } catch (IOException e) {
            throw new DataException(name, 0, null, "The file cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads CSV text.
     *
     * @param name     file name for messages
     * @param features feature column names, in the order the network sees them; empty means every other column
     */
    public static CsvImport read(Reader reader, String name, List<String> features, String target,
                                 boolean classification, CsvOptions options) throws DataException {
        CsvText text = CsvText.parse(reader, name);
        if (text.rows.isEmpty()) {
            throw new DataException(name, "The file has a header but no rows of data.");
        }
        int targetColumn = text.column(target);
        int[] featureColumns = featureColumns(text, features, targetColumn);
        ColumnType[] types = new ColumnType[text.columns.size()];
        for (int c : featureColumns) {
            types[c] = usableType(text, c);
        }
        types[targetColumn] = usableType(text, targetColumn);
        if (!classification && types[targetColumn] == ColumnType.CATEGORICAL) {
            throw textTarget(text, targetColumn);
        }
        validateNumbers(text, featureColumns, targetColumn, types);
        return encode(text, featureColumns, targetColumn, types, classification, options);
    }

    private static int[] featureColumns(CsvText text, List<String> features, int target) throws DataException {
        List<Integer> chosen = new ArrayList<>();
        if (features.isEmpty()) {
            for (int c = 0; c < text.columns.size(); c++) {
                if (c != target) {
                    chosen.add(c);
                }
            }
        } else {
            for (String feature : features) {
                int c = text.column(feature);
                if (c == target) {
                    throw new DataException(text.name, 0, feature, "This column is the target; it cannot also be"
                            + " a feature (the network would be handed the answer).");
                }
                if (chosen.contains(c)) {
                    throw new DataException(text.name, 0, feature, "This column is chosen twice as a feature.");
                }
                chosen.add(c);
            }
        }
        if (chosen.isEmpty()) {
            throw new DataException(text.name, "There is no column left to use as a feature.");
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static ColumnType usableType(CsvText text, int column) throws DataException {
        ColumnType type = ColumnProfile.of(text.rows, column).type();
        if (type == ColumnType.EMPTY) {
            throw new DataException(text.name, 0, text.columns.get(column), "Every cell of this column is"
                    + " missing, so it cannot be used.");
        }
        return type;
    }

    private static DataException textTarget(CsvText text, int column) {
        for (int r = 0; r < text.rows.size(); r++) {
            String cell = text.rows.get(r)[column];
            if (!Cells.isMissing(cell) && !Cells.isNumber(cell)) {
                return new DataException(text.name, text.lines[r], text.columns.get(column), "The target holds"
                        + " text such as \"" + cell + "\", so it is not a number to predict. Choose classification"
                        + " to predict it as a class.");
            }
        }
        throw new IllegalStateException("a categorical column without text");
    }

    /** Row by row, so that the error reported is the first one in the file. */
    private static void validateNumbers(CsvText text, int[] features, int target, ColumnType[] types)
            throws DataException {
        for (int r = 0; r < text.rows.size(); r++) {
            String[] row = text.rows.get(r);
            for (int c = 0; c < row.length; c++) {
                if (types[c] == ColumnType.NUMERIC && !Cells.isMissing(row[c])) {
                    String problem = Cells.numberProblem(row[c]);
                    if (problem != null) {
                        throw new DataException(text.name, text.lines[r], text.columns.get(c), problem);
                    }
                }
            }
        }
    }

    private static CsvImport encode(CsvText text, int[] featureColumns, int target, ColumnType[] types,
                                    boolean classification, CsvOptions options) throws DataException {
        RowSelection rows = RowSelection.of(text, featureColumns, target, options.missing());
        Map<String, Integer> missing = ColumnProfile.missingByName(text, featureColumns, target);
        List<FeatureColumn> columns = new ArrayList<>();
        Map<String, String> filled = new LinkedHashMap<>();
        for (int c : featureColumns) {
            FeatureColumn column = FeatureColumn.build(text, c, types[c], rows.keep());
            columns.add(column);
            if (options.missing() == CsvOptions.MissingValues.IMPUTE && missing.containsKey(text.columns.get(c))) {
                filled.put(text.columns.get(c), column.fillDescription());
            }
        }
        int n = text.rows.size();
        ImportReport report = new ImportReport(n, rows.kept(), missing, rows.noTarget(), rows.noFeature(), filled);
        Dataset data = CsvSamples.build(text, columns, featureColumns, target, types[target], classification,
                rows.keep(), rows.kept());
        data = data.withTargetName(text.columns.get(target))
                .withDescription(text.name + " (CSV, " + rows.kept() + " of " + n + " rows)")
                .withNotes(report.lines());
        return new CsvImport(data, report);
    }

    /** Which rows become samples: never one without a target; with DROP, none with a missing feature. */
    private record RowSelection(boolean[] keep, int kept, int noTarget, int noFeature) {
        static RowSelection of(CsvText text, int[] features, int target, CsvOptions.MissingValues missing)
                throws DataException {
            boolean[] keep = new boolean[text.rows.size()];
            int noTarget = 0;
            int noFeature = 0;
            for (int r = 0; r < keep.length; r++) {
                String[] row = text.rows.get(r);
                boolean featureMissing = java.util.Arrays.stream(features).anyMatch(c -> Cells.isMissing(row[c]));
                if (Cells.isMissing(row[target])) {
                    noTarget++;
                } else if (featureMissing && missing == CsvOptions.MissingValues.DROP) {
                    noFeature++;
                } else {
                    keep[r] = true;
                }
            }
            int kept = keep.length - noTarget - noFeature;
            if (kept == 0) {
                throw new DataException(text.name, "No row is complete: every row misses the target or a feature."
                        + (missing == CsvOptions.MissingValues.DROP ? " Fill in missing features instead of"
                        + " dropping rows, or leave the emptiest columns out." : ""));
            }
            return new RowSelection(keep, kept, noTarget, noFeature);
        }
    }
}
