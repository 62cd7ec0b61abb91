package org.perceptra.ui.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovery files of unsaved work, one pair per running designer: {@code <pid>.perceptra} (the project, saved
 * atomically) and {@code <pid>.json} (which file it belongs to, and when). A clean exit removes its pair; a
 * pair whose process is gone was left by a crash or a kill, and the next start offers to restore it. Named by
 * process id so that two open windows never overwrite each other's work.
 */
public final class RecoveryStore {
    private static final Logger LOG = LoggerFactory.getLogger(RecoveryStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROJECT = ProjectFiles.EXTENSION;
    private static final String META = ".json";

    private final Path dir;
    private final long pid;
    private final LongPredicate alive;

    /** For this process. */
    public RecoveryStore(Path configDir) {
        this(configDir, ProcessHandle.current().pid(),
                p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false));
    }

    /** With the process id this designer writes under and a test for whether another id still runs. */
    public RecoveryStore(Path configDir, long pid, LongPredicate alive) {
        this.dir = configDir.resolve("recovery");
        this.pid = pid;
        this.alive = alive;
    }

    public Path projectFile() {
        return dir.resolve(pid + PROJECT);
    }

    /**
     * Writes the unsaved project. The metadata goes first: a kill between the two writes then leaves the
     * previous project with current metadata, both still readable.
     */
    public void save(Project project, Path originalFile, Instant at) throws IOException {
        Files.createDirectories(dir);
        ObjectNode meta = JSON.createObjectNode();
        meta.put("name", project.name());
        meta.put("savedAt", at.toString());
        if (originalFile != null) {
            meta.put("file", originalFile.toAbsolutePath().toString());
        }
        Path temp = dir.resolve(pid + META + ".tmp");
        JSON.writeValue(temp.toFile(), meta);
        Files.move(temp, dir.resolve(pid + META), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ProjectFiles.save(project, projectFile());
    }

    /** Removes this process's recovery files: the work was saved, discarded on purpose, or the window closed. */
    public void discard() {
        delete(projectFile(), dir.resolve(pid + META));
    }

    /** Recovery files left by designers that are no longer running, newest first. */
    public List<Recovery> orphans() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Recovery> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(PROJECT)).forEach(f -> orphan(f).ifPresent(found::add));
        } catch (IOException e) {
            LOG.warn("Recovery folder {} cannot be listed: {}", dir, e.getMessage());
        }
        found.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return found;
    }

    private Optional<Recovery> orphan(Path projectFile) {
        String stem = projectFile.getFileName().toString();
        stem = stem.substring(0, stem.length() - PROJECT.length());
        Long owner = parsePid(stem);
        if (owner != null && (owner == pid || alive.test(owner))) {
            return Optional.empty();
        }
        Path meta = projectFile.resolveSibling(stem + META);
        String name = "";
        Path original = null;
        Instant savedAt = modified(projectFile);
        try {
            if (Files.isRegularFile(meta)) {
                JsonNode m = JSON.readTree(meta.toFile());
                name = m.path("name").asText("");
                original = m.hasNonNull("file") ? Path.of(m.get("file").asText()) : null;
                savedAt = Instant.parse(m.path("savedAt").asText(savedAt.toString()));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Recovery metadata {} is damaged ({}); offering the project without it", meta, e.getMessage());
        }
        return Optional.of(new Recovery(projectFile, meta, original, savedAt, name));
    }

    private static Long parsePid(String stem) {
        try {
            return Long.parseLong(stem);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    static void delete(Path... files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                LOG.warn("Recovery file {} cannot be removed: {}", f, e.getMessage());
            }
        }
    }
}
