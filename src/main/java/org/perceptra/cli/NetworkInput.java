package org.perceptra.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.perceptra.data.DataException;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetLoader;
import org.perceptra.data.NonFiniteCheck;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.CompileException;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.GraphCompiler;
import org.perceptra.engine.session.MemoryEstimate;
import org.perceptra.model.TrainingSettings;

/**
 * What train and evaluate share: a project's data loaded, checked, split and scaled as its spec says (the same
 * split every time: the split has its own seed), and its network compiled. Problems are printed in one line
 * each, prefixed with the command's name, and become an exit code instead of a value.
 */
record NetworkInput(Dataset all, PreparedData data, CompiledNetwork network, int exitCode) {
    boolean failed() {
        return exitCode != Cli.EXIT_OK;
    }

    static NetworkInput prepare(String command, Path file, ProjectInput input, TrainingSettings settings,
                                PrintWriter out, PrintWriter err) {
        var project = input.project();
        if (input.analysis().hasErrors()) {
            out.print(new AnalysisTable(project, input.analysis()).render());
            err.println("perceptra " + command + ": the network has errors; fix them first.");
            return failure(Cli.EXIT_INVALID);
        }
        Dataset data;
        try {
            data = DatasetLoader.load(project.dataset().source(), file.toAbsolutePath().getParent());
            NonFiniteCheck.require(data);
        } catch (DataException e) {
            err.println("perceptra " + command + ": cannot use the data: " + e.getMessage());
            return failure(Cli.EXIT_UNREADABLE);
        }
        MemoryEstimate memory = MemoryEstimate.of(input.analysis(), settings, (long) data.size() * data.sampleSize());
        var refusal = memory.refusal(Runtime.getRuntime().maxMemory(), settings.batchSize());
        if (refusal.isPresent()) {
            err.println("perceptra " + command + ": " + refusal.get());
            return failure(Cli.EXIT_INVALID);
        }
        PreparedData prepared = PreparedData.prepare(data, project.dataset());
        try {
            return new NetworkInput(data, prepared, GraphCompiler.compile(project.graph(), settings), Cli.EXIT_OK);
        } catch (CompileException | IllegalArgumentException e) {
            err.println("perceptra " + command + ": " + e.getMessage());
            return failure(Cli.EXIT_INVALID);
        }
    }

    private static NetworkInput failure(int code) {
        return new NetworkInput(null, null, null, code);
    }
}
