package org.perceptra.cli;

import picocli.CommandLine.Command;

/** The top-level {@code perceptra} command: lists the subcommands and the exit codes. */
@Command(name = "perceptra",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Design neural networks, check them, train them, evaluate them, predict with them and export them.",
                "Run without arguments to open the designer; with a command to use the command line."},
        subcommands = {ValidateCommand.class, SummaryCommand.class, TrainCommand.class, EvaluateCommand.class,
            PredictCommand.class,
            ExportCommand.class,
            LayersCommand.class, BenchCommand.class,
            picocli.CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = Cli.EXIT_USAGE,
        exitCodeOnExecutionException = Cli.EXIT_INTERNAL,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success; the project has no errors.",
            "1:The project was read but has errors.",
            "2:A file could not be read (missing, malformed, not a project).",
            "64:Wrong command line (unknown command or option, missing argument).",
            "70:Internal error in Perceptra (please report it)."})
public final class PerceptraCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
