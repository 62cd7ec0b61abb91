package org.perceptra.project;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading and writing {@code .perceptra} files. */
public final class ProjectFiles {
    public static final String EXTENSION = ".perceptra";

    /** Larger files are refused unread: even a project with trained weights stays far below this. */
    public static final int MAX_FILE_BYTES = 256 * 1024 * 1024;

    private ProjectFiles() {
    }

    /** Reads a project; any problem (unreadable, malformed, invalid) becomes a {@link ProjectFileException}. */
    public static Project load(Path file) throws ProjectFileException {
        return ProjectReader.standard().read(readBytes(file), file);
    }

    /**
     * Writes atomically: a failed save leaves the existing file as it was.
     *
     * @throws IllegalArgumentException if the project holds a value no file can hold (a NaN setting); the existing
     *                                  file is left as it was
     */
    public static void save(Project project, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            ProjectJson.write(project, text);
            text.flush();
        });
    }

    static byte[] readBytes(Path file) throws ProjectFileException {
        try {
            if (Files.isDirectory(file)) {
                throw problem(file, "this is a folder, not a project file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw tooLarge(file, Files.size(file));
            }
            // Bounded even if the file grows meanwhile or is a device that never ends.
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw tooLarge(file, bytes.length);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw problem(file, "there is no such file");
        } catch (AccessDeniedException e) {
            throw problem(file, "Perceptra is not allowed to read this file");
        } catch (IOException e) {
            throw problem(file, "the file cannot be read: " + e.getMessage());
        }
    }

    private static ProjectFileException tooLarge(Path file, long bytes) {
        return problem(file, "the file is " + (bytes >> 20) + " MB, but project files are at most "
                + (MAX_FILE_BYTES >> 20) + " MB; this is not a project file, or it is damaged");
    }

    private static ProjectFileException problem(Path file, String problem) {
        return new ProjectFileException(file, -1, -1, "", problem);
    }
}
