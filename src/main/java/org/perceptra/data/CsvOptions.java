package org.perceptra.data;

import java.util.Objects;

/**
 * How a CSV import treats what the file leaves open.
 *
 * @param missing what to do with a missing feature value (empty, NA, N/A or ?). A row whose target is missing
 *                is always dropped: inventing the answer would teach the network a guess.
 */
public record CsvOptions(MissingValues missing) {
    /** Dropping is the default because it invents nothing; the report says how many rows went. */
    public static final CsvOptions DEFAULT = new CsvOptions(MissingValues.DROP);

    public enum MissingValues {
        /** Leave out every row with a missing feature value. */
        DROP,
        /** Fill in the column's mean (numbers) or most frequent value (categories), over the rows kept. */
        IMPUTE
    }

    public CsvOptions {
        Objects.requireNonNull(missing, "missing");
    }
}
