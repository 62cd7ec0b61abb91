package org.perceptra.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a CSV import did about missing values, for the student to read.
 *
 * @param rowsRead           data rows in the file
 * @param rowsKept           rows that became samples
 * @param missingPerColumn   missing cells per chosen column that had any, in file order
 * @param droppedNoTarget    rows left out because the target was missing
 * @param droppedNoFeature   rows left out because a feature was missing (only with {@code DROP})
 * @param filledWith         value written into each column's missing cells (only with {@code IMPUTE})
 */
public record ImportReport(int rowsRead, int rowsKept, Map<String, Integer> missingPerColumn, int droppedNoTarget,
                           int droppedNoFeature, Map<String, String> filledWith) {
    public ImportReport {
        missingPerColumn = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missingPerColumn));
        filledWith = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filledWith));
    }

    public int missingTotal() {
        return missingPerColumn.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Sentences for the dataset view; empty when the file had nothing missing. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (missingPerColumn.isEmpty()) {
            return lines;
        }
        lines.add(missingTotal() + " missing " + (missingTotal() == 1 ? "value" : "values") + " in " + rowsRead
                + " rows: " + missingPerColumn.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ".");
        if (droppedNoTarget > 0) {
            lines.add("Left out " + rows(droppedNoTarget) + " without a target value.");
        }
        if (droppedNoFeature > 0) {
            lines.add("Left out " + rows(droppedNoFeature) + " with a missing feature value.");
        }
        if (!filledWith.isEmpty()) {
            lines.add("Filled in missing values: " + filledWith.entrySet().stream()
                    .map(e -> e.getKey() + " with " + e.getValue()).collect(Collectors.joining("; ")) + ".");
        }
        return lines;
    }

    private static String rows(int n) {
        return n + (n == 1 ? " row" : " rows");
    }
}
