package org.perceptra.ui.forms;

import java.util.Optional;
import org.perceptra.edit.Document;
import org.perceptra.edit.Edit;
import org.perceptra.edit.EditRefusedException;

/**
 * Runs an edit for a panel and turns a refusal into the words to show next to the field. Panels never change
 * the project any other way, so undo covers everything they do.
 */
public final class EditAttempt {
    private EditAttempt() {
    }

    /** @return the reason the edit was refused, or empty when it was applied (or changed nothing) */
    public static Optional<String> run(Document document, Edit edit) {
        try {
            document.execute(edit);
            return Optional.empty();
        } catch (EditRefusedException e) {
            return Optional.of(e.reason());
        }
    }

    /**
     * Builds the edit first: records such as a data split check their values in their constructor, and that
     * refusal reads the same to the student as an edit's.
     */
    public static Optional<String> build(Document document, java.util.function.Supplier<? extends Edit> edit) {
        Edit built;
        try {
            built = edit.get();
        } catch (IllegalArgumentException e) {
            return Optional.of(sentence(e.getMessage()));
        }
        return run(document, built);
    }

    /** Messages from record checks start in lower case; next to a field they read as a sentence. */
    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "This value is not allowed.";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
