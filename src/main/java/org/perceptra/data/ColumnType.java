package org.perceptra.data;

/** What a CSV column holds, as inferred from all its cells; decides how it becomes features. */
public enum ColumnType {
    /** Mostly numbers: one feature. Text cells in it are errors (usually typos). */
    NUMERIC,
    /** Mostly text: one feature per distinct value (one-hot), or class labels when it is the target. */
    CATEGORICAL,
    /** Nothing but missing values: cannot be used. */
    EMPTY
}
