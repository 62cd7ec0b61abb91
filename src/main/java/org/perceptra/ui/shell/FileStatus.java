package org.perceptra.ui.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The status bar's words for the file state: saved, unsaved, or unsaved but autosaved at a time. */
public final class FileStatus {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private FileStatus() {
    }

    /**
     * @param hasFile    whether the project has a file (an untitled one is never "saved")
     * @param autosaved  when the recovery file was last written for the current unsaved state, or null
     */
    public static String of(boolean hasFile, boolean dirty, Instant autosaved, ZoneId zone) {
        if (!dirty) {
            return hasFile ? "Saved" : "Not saved yet";
        }
        if (autosaved != null) {
            return "Unsaved changes \u00B7 autosaved " + TIME.format(autosaved.atZone(zone));
        }
        return "Unsaved changes";
    }
}
