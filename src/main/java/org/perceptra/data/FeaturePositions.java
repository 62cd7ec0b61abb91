package org.perceptra.data;

import org.perceptra.model.Shape;

/** Names a position inside a sample in words, for messages about data without column names. */
final class FeaturePositions {
    private FeaturePositions() {
    }

    /** 1-based, as a student counts: "feature 3", "step 5, feature 1", "channel 1, row 4, column 7". */
    static String describe(Shape shape, int index) {
        int[] dims = shape.toArray();
        int[] at = new int[dims.length];
        int rest = index;
        for (int axis = dims.length - 1; axis >= 0; axis--) {
            at[axis] = rest % dims[axis];
            rest /= dims[axis];
        }
        return switch (dims.length) {
            case 1 -> "feature " + (at[0] + 1);
            case 2 -> "step " + (at[0] + 1) + ", feature " + (at[1] + 1);
            case 3 -> "channel " + (at[0] + 1) + ", row " + (at[1] + 1) + ", column " + (at[2] + 1);
            default -> "value " + (index + 1);
        };
    }
}
