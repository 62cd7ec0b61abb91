package org.perceptra;

import java.nio.file.Files;
import java.nio.file.Path;
import org.perceptra.cli.Cli;

/**
 * Entry point. With no arguments, or with one project file (as a file association passes it) or ONNX model (imported
 * as a new project), it opens the designer; otherwise it is the command-line tool. A plain class, not a JavaFX Application: a main class that
 * extends Application fails on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensDesigner(args)) {
            if (!Cli.hasDisplay()) {
                System.err.println("Perceptra: no display found, so the designer cannot open. "
                        + "Run 'perceptra --help' for the command-line tools.");
                System.exit(Cli.EXIT_USAGE);
            }
            org.perceptra.ui.DesignerApp.launchWith(args);
            return;
        }
        System.exit(Cli.run(args));
    }

    static boolean opensDesigner(String[] args) {
        return args.length == 0
                || (args.length == 1 && (args[0].endsWith(".perceptra") || args[0].endsWith(".onnx"))
                && Files.isRegularFile(Path.of(args[0])));
    }
}
