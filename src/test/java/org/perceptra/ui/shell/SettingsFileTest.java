package org.perceptra.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path config;

    @Test
    void noFileGivesTheDefaults() {
        assertThat(new SettingsFile(config).load()).isEqualTo(UserSettings.defaults());
    }

    @Test
    void settingsComeBackAsTheyWereSaved() {
        Path project = config.resolve("work/xor.perceptra");
        UserSettings saved = UserSettings.defaults().withTheme(Theme.DARK).withFontSize(20).withOpened(project);
        new SettingsFile(config).save(saved);

        UserSettings loaded = new SettingsFile(config).load();
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.recent().paths()).containsExactly(project.toAbsolutePath());
        assertThat(loaded.lastFolder()).isEqualTo(config.resolve("work").toAbsolutePath());
    }

    @Test
    void aDamagedFileGivesTheDefaultsInsteadOfFailing() throws Exception {
        Files.writeString(config.resolve("settings.json"), "{ \"theme\": \"dark\", ");
        assertThat(new SettingsFile(config).load()).isEqualTo(UserSettings.defaults());
    }

    @Test
    void oddValuesAreBroughtIntoRange() throws Exception {
        Files.writeString(config.resolve("settings.json"), "{\"theme\": 7, \"fontSize\": 400, \"recent\": [\"\", 3]}");
        UserSettings loaded = new SettingsFile(config).load();
        assertThat(loaded.theme()).isEqualTo(Theme.LIGHT);
        assertThat(loaded.fontSize()).isEqualTo(FontSize.MAX);
        assertThat(loaded.recent().paths()).hasSize(1); // "3" is a valid relative file name; "" is not kept
    }

    @Test
    void savingCreatesTheConfigFolder() {
        Path nested = config.resolve("a/b");
        new SettingsFile(nested).save(UserSettings.defaults().withFontSize(18));
        assertThat(new SettingsFile(nested).load().fontSize()).isEqualTo(18);
    }
}
