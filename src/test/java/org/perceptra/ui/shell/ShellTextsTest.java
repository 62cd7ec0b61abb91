package org.perceptra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small pieces of text and arithmetic the window shows. */
class ShellTextsTest {
    @Test
    void titleMarksUnsavedChanges() {
        assertThat(WindowTitle.of("xor.perceptra", false)).isEqualTo("xor.perceptra \u2014 Perceptra");
        assertThat(WindowTitle.of("xor.perceptra", true)).isEqualTo("\u25CF xor.perceptra \u2014 Perceptra");
        assertThat(WindowTitle.of(null, false)).isEqualTo("Perceptra");
    }

    @Test
    void fileStatusSaysSavedUnsavedOrAutosaved() {
        Instant at = Instant.parse("2026-03-01T14:07:30Z");
        assertThat(FileStatus.of(true, false, null, ZoneOffset.UTC)).isEqualTo("Saved");
        assertThat(FileStatus.of(false, false, null, ZoneOffset.UTC)).isEqualTo("Not saved yet");
        assertThat(FileStatus.of(true, true, null, ZoneOffset.UTC)).isEqualTo("Unsaved changes");
        assertThat(FileStatus.of(true, true, at, ZoneOffset.UTC)).isEqualTo("Unsaved changes \u00B7 autosaved 14:07");
    }

    @Test
    void theRestoreOfferSaysWhenTheWorkWasKept() {
        java.time.ZoneId zone = ZoneOffset.UTC;
        Instant now = Instant.now();
        String hhmm = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(now.atZone(zone));
        assertThat(Prompts.when(now, zone)).isEqualTo("today at " + hhmm);
        assertThat(Prompts.when(Instant.parse("2026-03-02T16:05:00Z"), zone)).isEqualTo("on Monday 2 March at 16:05");
    }

    @Test
    void fontSizeStaysWithinReadableBounds() {
        assertThat(FontSize.larger(FontSize.DEFAULT)).isGreaterThan(FontSize.DEFAULT);
        assertThat(FontSize.smaller(FontSize.DEFAULT)).isLessThan(FontSize.DEFAULT);
        assertThat(FontSize.larger(FontSize.MAX)).isEqualTo(FontSize.MAX);
        assertThat(FontSize.smaller(FontSize.MIN)).isEqualTo(FontSize.MIN);
    }

    @Test
    void suggestedFileNameComesFromTheProjectName() {
        assertThat(FileCommands.fileNameFor("Two moons")).isEqualTo("two-moons.perceptra");
        assertThat(FileCommands.fileNameFor("  ")).isEqualTo("untitled.perceptra");
        assertThat(FileCommands.fileNameFor("LeNet-5 on MNIST!")).isEqualTo("lenet-5-on-mnist.perceptra");
    }

    @Test
    void savedFilesGetTheProjectExtension() {
        assertThat(SystemFileDialogs.withExtension(Path.of("/a/net"))).isEqualTo(Path.of("/a/net.perceptra"));
        assertThat(SystemFileDialogs.withExtension(Path.of("/a/net.perceptra"))).isEqualTo(Path.of("/a/net.perceptra"));
    }

    @Test
    void configFolderFollowsThePlatform() {
        assertThat(ConfigDir.resolve("/tmp/x", "Linux", "/home/u", Map.of())).isEqualTo(Path.of("/tmp/x"));
        assertThat(ConfigDir.resolve(null, "Linux", "/home/u", Map.of())).isEqualTo(Path.of("/home/u/.config/perceptra"));
        assertThat(ConfigDir.resolve(null, "Linux", "/home/u", Map.of("XDG_CONFIG_HOME", "/xdg")))
                .isEqualTo(Path.of("/xdg/perceptra"));
        assertThat(ConfigDir.resolve(null, "Windows 11", "C:/Users/u", Map.of("APPDATA", "C:/Users/u/AppData/Roaming")))
                .isEqualTo(Path.of("C:/Users/u/AppData/Roaming", "Perceptra"));
        assertThat(ConfigDir.resolve(null, "Mac OS X", "/Users/u", Map.of()))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Perceptra"));
    }
}
