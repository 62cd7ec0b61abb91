package org.perceptra.project;

import java.io.IOException;
import java.nio.file.Path;

/** Reading and writing {@code .perceptra} files. */
public final class ProjectFiles {
    public static final String EXTENSION = ".perceptra";

    private ProjectFiles() {
    }

    /** Reads a project; any problem (unreadable, malformed, invalid) becomes a {@link ProjectFileException}. */
    public static Project load(Path file) throws ProjectFileException {
        throw new UnsupportedOperationException("TODO: project format");
    }

    /** Writes atomically: a failed save leaves the existing file as it was. */
    public static void save(Project project, Path file) throws IOException {
        throw new UnsupportedOperationException("TODO: project format");
    }
}
