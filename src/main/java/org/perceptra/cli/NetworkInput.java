package org.perceptra.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.perceptra.engine.RunPreparation;
import org.perceptra.model.TrainingSettings;

/**
 * What train and evaluate share with the window: {@link RunPreparation}'s checks (network errors, data loaded,
 * finite and small enough), so that the command line and the window refuse the same projects for the same
 * reasons. A refusal is printed in one line, prefixed with the command's name, and becomes an exit code.
 */
record NetworkInput(RunPreparation.Checked checked, int exitCode) {
    boolean failed() {
        return exitCode != Cli.EXIT_OK;
    }

    static NetworkInput check(String command, Path file, ProjectInput input, TrainingSettings settings,
                              PrintWriter out, PrintWriter err) {
        var project = input.project();
        RunPreparation.Check check = RunPreparation.check(project.graph(), project.dataset(), settings,
                file.toAbsolutePath().getParent(), Runtime.getRuntime().maxMemory());
        if (check instanceof RunPreparation.Checked checked) {
            return new NetworkInput(checked, Cli.EXIT_OK);
        }
        RunPreparation.Refused refused = (RunPreparation.Refused) check;
        if (refused.reason() == RunPreparation.Refusal.NETWORK_HAS_ERRORS && refused.analysis().hasErrors()) {
            out.print(new AnalysisTable(project, refused.analysis()).render());
        }
        return new NetworkInput(null, refused(command, refused, err));
    }

    /** Prints the refusal and gives its exit code: 2 when the data cannot be read, 1 otherwise. */
    static int refused(String command, RunPreparation.Refused refused, PrintWriter err) {
        err.println("perceptra " + command + ": " + refused.message());
        return refused.reason() == RunPreparation.Refusal.DATA_UNUSABLE ? Cli.EXIT_UNREADABLE : Cli.EXIT_INVALID;
    }
}
