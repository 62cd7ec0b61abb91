package org.perceptra.ui.shell;

import org.perceptra.edit.Edit;
import org.perceptra.project.Project;

/**
 * Puts recovered work back as one undoable edit on top of the file it came from: the document is then
 * dirty (the work is not on disk yet), Save writes it to the original file, and Undo shows the file as it was.
 */
final class RestoreWork implements Edit {
    private final Project recovered;

    RestoreWork(Project recovered) {
        this.recovered = recovered;
    }

    @Override
    public String label() {
        return "Restore unsaved work";
    }

    @Override
    public Project apply(Project current) {
        return recovered;
    }
}
