package org.perceptra.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The target column of a classification import: its distinct labels, sorted (numerically for numbers, so that
 * "10" follows "9"), each mapped to a class index. Sorting makes the class order independent of row order.
 */
final class TargetColumn {
    static final int MAX_CLASSES = 1000;

    private final boolean numeric;
    private final Map<String, Integer> index;
    private final List<String> names;

    private TargetColumn(boolean numeric, Map<String, Integer> index, List<String> names) {
        this.numeric = numeric;
        this.index = index;
        this.names = names;
    }

    static TargetColumn classes(CsvText text, int column, ColumnType type, boolean[] keep) throws DataException {
        boolean numeric = type == ColumnType.NUMERIC;
        Map<String, Double> labels = new HashMap<>();
        for (int r = 0; r < text.rows.size(); r++) {
            String cell = text.rows.get(r)[column];
            if (keep[r]) {
                labels.putIfAbsent(key(cell, numeric), numeric ? Cells.parse(cell) : 0.0);
            }
        }
        String columnName = text.columns.get(column);
        if (labels.size() < 2) {
            throw new DataException(text.name, 0, columnName, "The target column has " + labels.size()
                    + (labels.size() == 1 ? " class" : " classes") + "; a classifier needs at least two.");
        }
        if (labels.size() > MAX_CLASSES) {
            throw new DataException(text.name, 0, columnName, "The target column has " + labels.size()
                    + " different values, too many to be classes." + (numeric ? " To predict the number itself,"
                    + " choose regression." : ""));
        }
        Comparator<String> order = numeric ? Comparator.comparingDouble(labels::get) : Comparator.naturalOrder();
        List<String> names = new ArrayList<>(labels.keySet());
        names.sort(order);
        Map<String, Integer> index = new LinkedHashMap<>();
        names.forEach(n -> index.put(n, index.size()));
        return new TargetColumn(numeric, index, List.copyOf(names));
    }

    private static String key(String cell, boolean numeric) {
        return numeric ? Cells.canonical(Cells.parse(cell)) : cell;
    }

    int classOf(String cell) {
        return index.get(key(cell, numeric));
    }

    List<String> names() {
        return names;
    }
}
