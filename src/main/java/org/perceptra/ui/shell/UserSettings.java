package org.perceptra.ui.shell;

import java.nio.file.Path;
import java.util.Objects;

/** What the designer remembers between sessions. Immutable; the window saves a new one after each change. */
public record UserSettings(Theme theme, int fontSize, RecentFiles recent, Path lastFolder) {
    public UserSettings {
        Objects.requireNonNull(theme, "theme");
        fontSize = FontSize.clamp(fontSize);
        recent = recent == null ? RecentFiles.none() : recent;
    }

    public static UserSettings defaults() {
        return new UserSettings(Theme.LIGHT, FontSize.DEFAULT, RecentFiles.none(), null);
    }

    public UserSettings withTheme(Theme t) {
        return new UserSettings(t, fontSize, recent, lastFolder);
    }

    public UserSettings withFontSize(int size) {
        return new UserSettings(theme, size, recent, lastFolder);
    }

    public UserSettings withRecent(RecentFiles r) {
        return new UserSettings(theme, fontSize, r, lastFolder);
    }

    /** Remembers a file as recent, and its folder as where the next file dialog starts. */
    public UserSettings withOpened(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return new UserSettings(theme, fontSize, recent.opened(file), folder);
    }
}
