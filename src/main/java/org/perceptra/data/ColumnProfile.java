package org.perceptra.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of a column's cells by kind. A column is numeric when numbers outnumber text: a few stray words in a
 * column of numbers are then reported as errors at their line, instead of silently turning the column into
 * hundreds of one-hot categories.
 */
record ColumnProfile(int numbers, int texts, int missing) {
    static ColumnProfile of(List<String[]> rows, int column) {
        int numbers = 0;
        int texts = 0;
        int missing = 0;
        for (String[] row : rows) {
            String cell = row[column];
            if (Cells.isMissing(cell)) {
                missing++;
            } else if (Cells.isNumber(cell)) {
                numbers++;
            } else {
                texts++;
            }
        }
        return new ColumnProfile(numbers, texts, missing);
    }

    ColumnType type() {
        if (numbers + texts == 0) {
            return ColumnType.EMPTY;
        }
        return numbers > texts ? ColumnType.NUMERIC : ColumnType.CATEGORICAL;
    }

    /** Missing cells per chosen column (features and target) that has any, in file order. */
    static Map<String, Integer> missingByName(CsvText text, int[] features, int target) {
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (int c = 0; c < text.columns.size(); c++) {
            int column = c;
            if (c != target && java.util.Arrays.stream(features).noneMatch(f -> f == column)) {
                continue;
            }
            int count = of(text.rows, c).missing();
            if (count > 0) {
                missing.put(text.columns.get(c), count);
            }
        }
        return missing;
    }
}
