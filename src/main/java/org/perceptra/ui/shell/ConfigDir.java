package org.perceptra.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Perceptra keeps its settings, recent files and recovery files: the platform's usual place for
 * per-user application settings. The system property {@code perceptra.config.dir} overrides it (tests, and
 * a portable install on a USB stick).
 */
public final class ConfigDir {
    public static final String OVERRIDE_PROPERTY = "perceptra.config.dir";

    private ConfigDir() {
    }

    public static Path standard() {
        return resolve(System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Perceptra") : Path.of(home, "AppData", "Roaming", "Perceptra");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Perceptra");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "perceptra") : Path.of(home, ".config", "perceptra");
    }
}
