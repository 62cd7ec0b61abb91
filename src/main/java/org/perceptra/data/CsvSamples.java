package org.perceptra.data;

import java.util.ArrayList;
import java.util.List;
import org.perceptra.model.Shape;

/** Writes the kept rows of a validated CSV table into the arrays of a {@link Dataset}. */
final class CsvSamples {
    private CsvSamples() {
    }

    static Dataset build(CsvText text, List<FeatureColumn> columns, int[] featureColumns, int target,
                         ColumnType targetType, boolean classification, boolean[] keep, int kept)
            throws DataException {
        Shape shape = Shape.of(columns.stream().mapToInt(FeatureColumn::width).sum());
        int width = shape.last();
        float[] features = new float[Math.multiplyExact(kept, width)];
        int sample = 0;
        for (int r = 0; r < text.rows.size(); r++) {
            if (!keep[r]) {
                continue;
            }
            String[] row = text.rows.get(r);
            int offset = sample * width;
            for (int i = 0; i < columns.size(); i++) {
                columns.get(i).write(row[featureColumns[i]], features, offset);
                offset += columns.get(i).width();
            }
            sample++;
        }
        List<String> names = new ArrayList<>(width);
        columns.forEach(c -> names.addAll(c.featureNames()));
        Dataset data;
        if (classification) {
            TargetColumn labels = TargetColumn.classes(text, target, targetType, keep);
            data = Dataset.classesOwned(features, shape, classes(text, target, labels, keep, kept), labels.names());
        } else {
            data = Dataset.valuesOwned(features, shape, values(text, target, keep, kept), 1);
        }
        return data.withFeatureNames(names);
    }

    private static int[] classes(CsvText text, int target, TargetColumn labels, boolean[] keep, int kept) {
        int[] classes = new int[kept];
        int sample = 0;
        for (int r = 0; r < text.rows.size(); r++) {
            if (keep[r]) {
                classes[sample++] = labels.classOf(text.rows.get(r)[target]);
            }
        }
        return classes;
    }

    private static float[] values(CsvText text, int target, boolean[] keep, int kept) {
        float[] values = new float[kept];
        int sample = 0;
        for (int r = 0; r < text.rows.size(); r++) {
            if (keep[r]) {
                values[sample++] = (float) Cells.parse(text.rows.get(r)[target]);
            }
        }
        return values;
    }
}
