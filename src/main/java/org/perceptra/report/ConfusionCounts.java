package org.perceptra.report;

import java.util.List;
import java.util.Objects;

/**
 * A classifier's confusion matrix as plain counts, {@code counts[actual][predicted]}, for the report.
 *
 * @param part    which part of the data was counted: "test", "validation" or "train"
 * @param classes one name per class, in class order
 * @param source  where the counts come from, said in the report ("recorded when the run ended", "computed
 *                from the saved weights")
 */
public record ConfusionCounts(String part, List<String> classes, int[][] counts, String source) {
    public ConfusionCounts {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(source, "source");
        classes = List.copyOf(classes);
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != counts.length) {
                throw new IllegalArgumentException("a confusion matrix must be square: row " + i + " has "
                        + counts[i].length + " counts for " + counts.length + " classes");
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
        if (classes.size() != counts.length) {
            throw new IllegalArgumentException(classes.size() + " class names for " + counts.length + " classes");
        }
    }

    /** Classes named by their index, for counts stored without names. */
    public static List<String> numbered(int classes) {
        return java.util.stream.IntStream.range(0, classes).mapToObj(i -> "class " + i).toList();
    }

    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    public int size() {
        return counts.length;
    }

    public int total() {
        int t = 0;
        for (int[] row : counts) {
            for (int v : row) {
                t += v;
            }
        }
        return t;
    }

    public int correct() {
        int c = 0;
        for (int i = 0; i < counts.length; i++) {
            c += counts[i][i];
        }
        return c;
    }
}
