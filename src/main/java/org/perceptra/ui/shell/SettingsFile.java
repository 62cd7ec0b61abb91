package org.perceptra.ui.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link UserSettings} as a small JSON file ({@code settings.json} in the config folder). Settings are a
 * convenience: a missing or damaged file gives the defaults and a log line, never a failed start.
 */
public final class SettingsFile {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public SettingsFile(Path configDir) {
        this.file = configDir.resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    public UserSettings load() {
        if (!Files.isRegularFile(file)) {
            return UserSettings.defaults();
        }
        try {
            return parse(JSON.readTree(file.toFile()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Settings in {} cannot be read ({}); using the defaults", file, e.getMessage());
            return UserSettings.defaults();
        }
    }

    /** Writes through a temporary file, so a crash mid-write keeps the previous settings. */
    public void save(UserSettings settings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("theme", settings.theme().name().toLowerCase(Locale.ROOT));
        root.put("fontSize", settings.fontSize());
        ArrayNode recent = root.putArray("recent");
        settings.recent().paths().forEach(p -> recent.add(p.toString()));
        if (settings.lastFolder() != null) {
            root.put("lastFolder", settings.lastFolder().toString());
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Settings cannot be saved to {}: {}", file, e.getMessage());
        }
    }

    private static UserSettings parse(JsonNode root) {
        Theme theme = "dark".equalsIgnoreCase(root.path("theme").asText()) ? Theme.DARK : Theme.LIGHT;
        int fontSize = root.path("fontSize").asInt(FontSize.DEFAULT);
        List<Path> recent = new ArrayList<>();
        root.path("recent").forEach(n -> path(n.asText()).ifPresent(recent::add));
        Path folder = path(root.path("lastFolder").asText("")).orElse(null);
        return new UserSettings(theme, fontSize, new RecentFiles(recent), folder);
    }

    private static java.util.Optional<Path> path(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }
}
