package org.perceptra.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * What the window needs from the world outside: where settings and recovery files live, the file dialogs,
 * the clock, and the thread that writes recovery files. Tests pass a temporary folder and scripted dialogs.
 */
public record ShellEnvironment(SettingsFile settings, RecoveryStore recovery, FileDialogs dialogs, Clock clock,
                               Executor background) {
    public static ShellEnvironment standard() {
        Path config = ConfigDir.standard();
        return new ShellEnvironment(new SettingsFile(config), new RecoveryStore(config), new SystemFileDialogs(),
                Clock.systemDefaultZone(), Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "perceptra-autosave");
                    t.setDaemon(true);
                    return t;
                }));
    }
}
