package org.perceptra.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/** A project as the text of a {@code .perceptra} file, and back. {@link ProjectFiles} adds the file handling. */
public final class ProjectJson {
    /** The format version this Perceptra writes. */
    public static final int FORMAT = FormatMigrations.STANDARD.current();

    /** Deep enough for any weights layout, shallow enough that a hostile file cannot exhaust the stack. */
    static final int MAX_DEPTH = 100;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            // Atomic saving must fsync the stream before it is closed, so Jackson must not close it.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private ProjectJson() {
    }

    /** The canonical file text of {@code project}, ending with a newline. */
    public static String toJson(Project project) {
        StringWriter out = new StringWriter();
        try {
            write(project, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + project.name() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Writes the canonical file text.
     *
     * @throws IllegalArgumentException if the project holds a value no file can hold (a NaN setting)
     */
    public static void write(Project project, Writer out) throws IOException {
        new ProjectWriter(FORMAT).write(project, out);
    }

    /**
     * Reads a project from file text.
     *
     * @param nameForMessages the file the text came from, named in error messages (may be null)
     * @throws ProjectFileException for any problem: malformed JSON, a newer format, an invalid value
     */
    public static Project fromJson(String text, Path nameForMessages) throws ProjectFileException {
        return ProjectReader.standard().read(text, nameForMessages);
    }
}
