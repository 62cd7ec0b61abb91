package org.perceptra.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code perceptra validate FILE}: a table of layers, the totals, then every diagnostic. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a project: each layer's output shape and parameters, the totals, and every problem found.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:The project has no errors (warnings allowed).", "1:The project has errors.",
            "2:The file could not be read.", "64:Wrong command line."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A .perceptra project file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ProjectInput.report(file, false, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
