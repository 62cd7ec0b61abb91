package org.perceptra.ui.shell;

import java.nio.file.Path;
import java.time.Instant;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFileException;
import org.perceptra.project.ProjectFiles;

/**
 * Unsaved work left behind by a designer that did not exit cleanly.
 *
 * @param originalFile the project file it was an edit of, or null when it had never been saved
 * @param name         the project's name, for the restore offer
 */
public record Recovery(Path projectFile, Path metaFile, Path originalFile, Instant savedAt, String name) {
    public Project load() throws ProjectFileException {
        return ProjectFiles.load(projectFile);
    }

    /** Removes the files, after restoring them or when the user declines. */
    public void discard() {
        RecoveryStore.delete(projectFile, metaFile);
    }

    /** How the offer names the work: the file it came from, else the project's name. */
    public String title() {
        if (originalFile != null) {
            return String.valueOf(originalFile.getFileName());
        }
        return name.isBlank() ? "an untitled project" : name + " (never saved)";
    }
}
