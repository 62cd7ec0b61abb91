package org.perceptra.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code perceptra summary FILE [--json]}: what validate shows, as a table or as JSON for other tools. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Describe a project's network: per layer id, kind, output shape, parameters and multiply-adds; "
                + "totals; diagnostics.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:The project has no errors.", "1:The project has errors (the summary is still printed).",
            "2:The file could not be read.", "64:Wrong command line."})
final class SummaryCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A .perceptra project file.")
    Path file;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ProjectInput.report(file, json, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
