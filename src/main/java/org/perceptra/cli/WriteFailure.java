package org.perceptra.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** What {@code export} says when it cannot write its output, in the same words for every format. */
final class WriteFailure {
    private WriteFailure() {
    }

    /** Prints the reason {@code e} stopped writing {@code out} and returns the exit code for it. */
    static int report(Path out, IOException e, PrintWriter err) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "its folder does not exist.";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied.";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "it is a file, not a folder.";
        } else {
            reason = e.getMessage();
        }
        err.println("perceptra export: cannot write " + out + ": " + reason);
        return Cli.EXIT_UNREADABLE;
    }
}
