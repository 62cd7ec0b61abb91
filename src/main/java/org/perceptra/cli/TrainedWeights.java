package org.perceptra.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.perceptra.engine.CompileException;
import org.perceptra.engine.CompiledNetwork;
import org.perceptra.engine.Scalers;
import org.perceptra.engine.WeightsJson;
import org.perceptra.project.Project;

/**
 * A saved project's trained weights, as the commands that use them (evaluate, predict, export) load them, so
 * that they refuse in the same words: no weights, weights that do not fit the network, damaged scaling.
 */
final class TrainedWeights {
    private TrainedWeights() {
    }

    /** True, with the way out printed, when the project holds no trained weights. */
    static boolean missing(String command, Path file, Project project, PrintWriter err) {
        if (project.results().hasWeights()) {
            return false;
        }
        err.println("perceptra " + command + ": " + file + " holds no trained weights. Train it and save them first: "
                + "perceptra train " + file + " --save " + file);
        return true;
    }

    /**
     * The network {@code compile} makes, with the stored weights and scaling; empty, with the reason printed,
     * when the network cannot be built or the weights do not fit it.
     */
    static Optional<Loaded> load(String command, Project project, Supplier<CompiledNetwork> compile,
                                 PrintWriter err) {
        try {
            CompiledNetwork network = compile.get();
            WeightsJson.load(project.results().weightsJson(), network);
            return Optional.of(new Loaded(network, WeightsJson.scalers(project.results().weightsJson())));
        } catch (CompileException e) {
            err.println("perceptra " + command + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("perceptra " + command + ": " + e.getMessage() + ". Train the project again.");
        }
        return Optional.empty();
    }

    /** @param scalers the scaling fitted in training; empty for files saved before it was stored */
    record Loaded(CompiledNetwork network, Optional<Scalers> scalers) {
    }
}
