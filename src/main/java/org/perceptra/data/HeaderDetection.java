package org.perceptra.data;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a CSV file's first row names its columns. Files do not say, so we look: a header is text above a
 * column of numbers. Files with no numeric column fall back to a weaker sign: every first-row cell is filled, and
 * none of them occurs again in its column (data repeats its categories; names do not).
 */
final class HeaderDetection {
    /** Enough rows to see a column's kind without reading a large file twice. */
    private static final int ROWS_TO_LOOK_AT = 500;

    private HeaderDetection() {
    }

    static boolean looksLikeHeader(List<String[]> records) {
        String[] first = records.get(0);
        if (records.size() == 1) {
            return !allNumbersOrMissing(first); // a lone row of text names columns of a file with no data yet
        }
        boolean anyNumericColumn = false;
        for (int c = 0; c < first.length; c++) {
            if (numbersBelow(records, c)) {
                anyNumericColumn = true;
                if (!Cells.isMissing(first[c]) && !Cells.isNumber(first[c])) {
                    return true;
                }
            }
        }
        return !anyNumericColumn && namesLookUnique(records, first);
    }

    private static boolean allNumbersOrMissing(String[] row) {
        for (String cell : row) {
            if (!Cells.isMissing(cell) && !Cells.isNumber(cell)) {
                return false;
            }
        }
        return true;
    }

    /** True when the column has at least one number below the first row, and no text. */
    private static boolean numbersBelow(List<String[]> records, int column) {
        boolean seen = false;
        int end = Math.min(records.size(), ROWS_TO_LOOK_AT + 1);
        for (int r = 1; r < end; r++) {
            String[] row = records.get(r);
            if (column >= row.length || Cells.isMissing(row[column])) {
                continue;
            }
            if (!Cells.isNumber(row[column])) {
                return false;
            }
            seen = true;
        }
        return seen;
    }

    private static boolean namesLookUnique(List<String[]> records, String[] first) {
        int end = Math.min(records.size(), ROWS_TO_LOOK_AT + 1);
        for (int c = 0; c < first.length; c++) {
            if (Cells.isMissing(first[c]) || Cells.isNumber(first[c])) {
                return false;
            }
            Set<String> below = new HashSet<>();
            for (int r = 1; r < end; r++) {
                String[] row = records.get(r);
                if (c < row.length) {
                    below.add(row[c]);
                }
            }
            if (below.contains(first[c])) {
                return false;
            }
        }
        return true;
    }
}
