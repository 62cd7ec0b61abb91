package org.perceptra.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs the command-line tool and maps outcomes to the documented exit codes. */
public final class Cli {
    /** The command did what was asked, and the project (if any) has no errors. */
    public static final int EXIT_OK = 0;
    /** The project was read but has errors (diagnostics of severity error). */
    public static final int EXIT_INVALID = 1;
    /** A file could not be read: missing, malformed, or not a project. */
    public static final int EXIT_UNREADABLE = 2;
    /** The command line itself was wrong (unknown command or option, missing argument). */
    public static final int EXIT_USAGE = 64;
    /** Perceptra itself failed; this is a bug worth reporting. */
    public static final int EXIT_INTERNAL = 70;

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine();
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new PerceptraCommand());
        // picocli's default usage-error code (2) would collide with "cannot read the file".
        applyToAll(cmd, c -> c.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE)
                .exitCodeOnExecutionException(EXIT_INTERNAL));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("perceptra: internal error: " + ex
                    + "\nThis is a bug in Perceptra; please report it with the command you ran and what follows.");
            commandLine.getErr().flush();
            org.slf4j.LoggerFactory.getLogger(Cli.class).error("internal error", ex);
            return EXIT_INTERNAL;
        });
        return cmd;
    }

    private static void applyToAll(CommandLine cmd, java.util.function.Consumer<CommandLine> action) {
        action.accept(cmd);
        cmd.getSubcommands().values().forEach(sub -> applyToAll(sub, action));
    }

    /** Whether a window can be opened: false on a server or in CI without Xvfb. */
    public static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
