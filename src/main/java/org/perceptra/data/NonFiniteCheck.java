package org.perceptra.data;

import java.nio.FloatBuffer;
import java.util.Optional;

/**
 * Refuses data with NaN or infinity before training: one such value turns every weight it touches into NaN
 * within a step, and the student would see a dead loss curve instead of the row to fix.
 */
public final class NonFiniteCheck {
    private NonFiniteCheck() {
    }

    /**
     * The first bad value, row by row (features before targets within a row).
     *
     * @param row   0-based sample index
     * @param where feature or target name
     */
    public record Finding(int row, String where, float value) {
        /** The sentence for the student, counting rows from 1. */
        public String message() {
            String what = Float.isNaN(value) ? "NaN (not a number)" : value > 0 ? "infinity" : "minus infinity";
            return "Row " + (row + 1) + ", " + where + " is " + what + ". A network cannot learn from it: correct"
                    + " or remove that row, or mark the value missing so that the import drops or fills it.";
        }
    }

    public static Optional<Finding> first(Dataset data) {
        FloatBuffer features = data.features();
        int size = data.sampleSize();
        for (int row = 0; row < data.size(); row++) {
            int base = row * size;
            for (int j = 0; j < size; j++) {
                float v = features.get(base + j);
                if (!Float.isFinite(v)) {
                    return Optional.of(new Finding(row, "feature \"" + data.featureName(j) + "\"", v));
                }
            }
            if (!data.isClassification()) {
                for (int k = 0; k < data.targetSize(); k++) {
                    float v = data.value(row, k);
                    if (!Float.isFinite(v)) {
                        return Optional.of(new Finding(row, "target \"" + data.targetName() + "\"", v));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** @throws DataException naming the first bad row and column, if there is one */
    public static void require(Dataset data) throws DataException {
        Optional<Finding> found = first(data);
        if (found.isPresent()) {
            throw new DataException(found.get().message());
        }
    }
}
