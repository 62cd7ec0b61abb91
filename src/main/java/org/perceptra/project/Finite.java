package org.perceptra.project;

/**
 * JSON has no NaN or infinity. The model lets such values exist (an edit in progress), but writing one would
 * produce a file that cannot be read back, so saving refuses it and names the field instead.
 */
final class Finite {
    private Finite() {
    }

    static double check(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " is " + value + "; only finite numbers can be saved");
        }
        return value;
    }
}
