package org.perceptra.edit;

/**
 * What a {@link Document} tells its listeners after each change. Panels compare {@code revision} with the
 * one they last drew instead of diffing projects; the title bar reads {@code dirty}.
 *
 * @param revision the document's revision after the change (unchanged by {@link Kind#SAVED})
 * @param label    the edit's label for EDITED, UNDONE and REDONE ("Set units of dense_2 to 64"), else empty
 */
public record DocumentChange(long revision, Kind kind, String label, boolean dirty) {
    public enum Kind {
        /** An edit was applied (possibly merged into the previous step). */
        EDITED,
        UNDONE,
        REDONE,
        /** A different project was opened or created; the history is gone. */
        REPLACED,
        /** The project was written to disk; only the dirty flag changed. */
        SAVED
    }
}
