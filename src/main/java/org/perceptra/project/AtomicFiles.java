package org.perceptra.project;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once: the new content goes to a temporary file beside it, is forced to disk, and is
 * then moved over the old one. A crash, a full disk or a failing writer at any moment leaves either the old file
 * or the new one, never half of each, and no temporary file behind.
 */
public final class AtomicFiles {
    /** Writes the whole content to the stream it is given; need not flush or close it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with this UTF-8 text, all at once (exports, predictions). */
    public static void writeText(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        // Saving through a link updates the file it points to, not the link.
        if (Files.isSymbolicLink(file)) {
            file = file.toRealPath();
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder; a project cannot be saved over it");
        }
        Path temp = createTemp(file);
        try {
            copyPermissions(file, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, file);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncDirectory(file.getParent());
    }

    /** Hidden, in the same folder (a move across file systems is not atomic), with the usual permissions. */
    private static Path createTemp(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = file.resolveSibling("." + file.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A file shared with the class keeps its group permissions after a save (best effort, POSIX only). */
    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not POSIX, or not ours to change: the file keeps the default permissions of a new file.
        }
    }

    /** Makes the rename itself durable. Linux supports this; where it is not supported the save still stands. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Best effort only: the data itself was already forced to disk before the move.
        }
    }
}
