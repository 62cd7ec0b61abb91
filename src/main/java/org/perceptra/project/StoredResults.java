package org.perceptra.project;

/**
 * Trained weights and run history as the JSON text they were stored as, or null when absent. The model does
 * not interpret them yet; keeping them verbatim means opening and saving a trained project never loses them.
 */
public record StoredResults(String weightsJson, String runsJson) {
    public static final StoredResults NONE = new StoredResults(null, null);

    /** The same weights with another run history (null: none). */
    public StoredResults withRunsJson(String runs) {
        return new StoredResults(weightsJson, runs);
    }

    public boolean hasWeights() {
        return weightsJson != null;
    }
}
