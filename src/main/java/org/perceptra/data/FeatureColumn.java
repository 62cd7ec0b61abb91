package org.perceptra.data;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One chosen CSV column turned into features: a number, or one-hot categories. Built after validation, from
 * the rows kept, so that imputed values describe the data the network will see.
 */
sealed interface FeatureColumn permits FeatureColumn.Numeric, FeatureColumn.OneHot {
    /** More one-hot features than this is almost surely a name or id column chosen by mistake. */
    int MAX_CATEGORIES = 1000;

    int width();

    List<String> featureNames();

    /** Writes one cell's features; a missing cell gets the fill value. */
    void write(String cell, float[] dst, int offset);

    /** How missing cells are filled, for the report. */
    String fillDescription();

    static FeatureColumn build(CsvText text, int column, ColumnType type, boolean[] keep) throws DataException {
        String name = text.columns.get(column);
        if (type == ColumnType.NUMERIC) {
            return Numeric.of(name, text, column, keep);
        }
        return OneHot.of(name, text, column, keep);
    }

    /** A numeric column; missing cells become the mean of the rows kept. */
    record Numeric(String name, float mean) implements FeatureColumn {
        static Numeric of(String name, CsvText text, int column, boolean[] keep) {
            double sum = 0;
            int count = 0;
            for (int r = 0; r < text.rows.size(); r++) {
                String cell = text.rows.get(r)[column];
                if (keep[r] && !Cells.isMissing(cell)) {
                    sum += Cells.parse(cell);
                    count++;
                }
            }
            return new Numeric(name, count == 0 ? 0f : (float) (sum / count));
        }

        @Override
        public int width() {
            return 1;
        }

        @Override
        public List<String> featureNames() {
            return List.of(name);
        }

        @Override
        public void write(String cell, float[] dst, int offset) {
            dst[offset] = Cells.isMissing(cell) ? mean : (float) Cells.parse(cell);
        }

        @Override
        public String fillDescription() {
            return "the mean " + String.format(Locale.ROOT, "%.4g", mean);
        }
    }

    /** A text column: one 0/1 feature per category, sorted so that the same file always gives the same order. */
    record OneHot(String name, List<String> categories, String mostFrequent) implements FeatureColumn {
        static OneHot of(String name, CsvText text, int column, boolean[] keep) throws DataException {
            Map<String, Integer> counts = new TreeMap<>();
            for (int r = 0; r < text.rows.size(); r++) {
                String cell = text.rows.get(r)[column];
                if (keep[r] && !Cells.isMissing(cell)) {
                    counts.merge(cell, 1, Integer::sum);
                }
            }
            if (counts.size() > MAX_CATEGORIES) {
                throw new DataException(text.name, 0, name, "This column has " + counts.size() + " different text"
                        + " values; as one-hot features it would give the network " + counts.size()
                        + " inputs. Leave it out of the features (names and ids do not help a prediction).");
            }
            // First of the sorted categories among those most frequent: a tie must not depend on hash order.
            String mode = counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                    .map(Map.Entry::getKey).orElse("");
            return new OneHot(name, List.copyOf(counts.keySet()), mode);
        }

        @Override
        public int width() {
            return categories.size();
        }

        @Override
        public List<String> featureNames() {
            return categories.stream().map(c -> name + "=" + c).toList();
        }

        @Override
        public void write(String cell, float[] dst, int offset) {
            String value = Cells.isMissing(cell) ? mostFrequent : cell;
            int index = java.util.Collections.binarySearch(categories, value);
            for (int i = 0; i < categories.size(); i++) {
                dst[offset + i] = i == index ? 1f : 0f;
            }
        }

        @Override
        public String fillDescription() {
            return "the most frequent value \"" + mostFrequent + "\"";
        }
    }
}
