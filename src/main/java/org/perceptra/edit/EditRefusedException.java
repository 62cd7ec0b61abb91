package org.perceptra.edit;

/**
 * An edit that is not allowed, with the reason in plain words for the student ("Units must be from 1 to
 * 1000000, not 0"). Unchecked because refusal is an ordinary answer the UI shows, not a failure to recover
 * from; the project and the history stay as they were.
 */
public class EditRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EditRefusedException(String reason) {
        super(reason);
    }

    /** The message to show, a full sentence or phrase without a stack trace's vocabulary. */
    public String reason() {
        return getMessage();
    }
}
