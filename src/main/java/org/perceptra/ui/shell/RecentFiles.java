package org.perceptra.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The most recently opened or saved project files, newest first, without duplicates. Immutable. */
public record RecentFiles(List<Path> paths) {
    public static final int MAX = 10;

    public RecentFiles {
        paths = List.copyOf(paths.stream().map(RecentFiles::normal).distinct().limit(MAX).toList());
    }

    public static RecentFiles none() {
        return new RecentFiles(List.of());
    }

    /** The file moves to the front; the oldest falls off beyond {@link #MAX}. */
    public RecentFiles opened(Path file) {
        List<Path> next = new ArrayList<>();
        next.add(normal(file));
        next.addAll(paths);
        return new RecentFiles(next);
    }

    /** After a recent file turned out to be missing or unreadable. */
    public RecentFiles without(Path file) {
        Path gone = normal(file);
        return new RecentFiles(paths.stream().filter(p -> !p.equals(gone)).toList());
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
