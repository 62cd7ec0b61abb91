package org.perceptra.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFileException;
import org.perceptra.project.ProjectFiles;
import org.perceptra.project.ProjectJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample projects shipped inside the application (the build copies {@code sample-projects/} into the
 * jar), in the order of the lessons their descriptions name. They are read from the class path, so an
 * installed Perceptra finds them without the source tree; a sample opens as an untitled copy, never as a file
 * to overwrite.
 */
public final class SampleCatalog {
    /** Where the build puts the samples on the class path. */
    public static final String RESOURCE_FOLDER = "org/perceptra/samples";
    /** Sample descriptions begin with their place in the course ("Lesson 3: ..."); the gallery follows it. */
    private static final Pattern LESSON = Pattern.compile("^Lesson (\\d{1,4})\\b");
    private static final Logger LOG = LoggerFactory.getLogger(SampleCatalog.class);

    /** A sample: its file name ({@code xor.perceptra}) and the project it holds. */
    public record Sample(String fileName, Project project) {
        public String title() {
            return project.name().isBlank() ? fileName : project.name();
        }
    }

    private SampleCatalog() {
    }

    /** Every readable sample on the class path; one that fails to load is logged and left out. */
    public static List<Sample> load() {
        List<Sample> samples = new ArrayList<>();
        for (String name : fileNames()) {
            try {
                samples.add(new Sample(name, read(name)));
            } catch (IOException | ProjectFileException e) {
                LOG.warn("Sample {} cannot be read: {}", name, e.getMessage());
            }
        }
        samples.sort(Comparator.comparingInt(SampleCatalog::lesson).thenComparing(Sample::fileName));
        return samples;
    }

    static List<String> fileNames() {
        URL folder = SampleCatalog.class.getClassLoader().getResource(RESOURCE_FOLDER);
        if (folder == null) {
            LOG.warn("No sample projects on the class path ({} is missing)", RESOURCE_FOLDER);
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return list(Path.of(uri));
            }
            try {
                return list(FileSystems.getFileSystem(uri).getPath("/" + RESOURCE_FOLDER));
            } catch (FileSystemNotFoundException notOpenYet) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.getPath("/" + RESOURCE_FOLDER));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("Sample projects cannot be listed: {}", e.getMessage());
            return List.of();
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(ProjectFiles.EXTENSION))
                    .sorted()
                    .toList();
        }
    }

    /** The lesson number, or after all lessons when the description names none. */
    private static int lesson(Sample sample) {
        Matcher m = LESSON.matcher(sample.project().description());
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    static Project read(String fileName) throws IOException, ProjectFileException {
        try (InputStream in = SampleCatalog.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + "/" + fileName)) {
            if (in == null) {
                throw new IOException("no sample named " + fileName);
            }
            return ProjectJson.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of(fileName));
        }
    }
}
