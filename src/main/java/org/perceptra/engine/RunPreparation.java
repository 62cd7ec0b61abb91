package org.perceptra.engine;

import java.nio.file.Path;
import java.util.Objects;
import org.perceptra.data.DataException;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetLoader;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.NonFiniteCheck;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.session.MemoryEstimate;
import org.perceptra.engine.session.TrainingListener;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.Diagnostic;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.Validator;

/**
 * Everything between "Train" and the first step, shared by the window and the command line: check the network,
 * load the data (relative paths against the project folder), refuse non-finite data or a run too big for memory,
 * split and scale, compile, and wrap the loop in a {@link TrainingSession}. Each refusal is a sentence a student
 * can act on, never an exception. Slow for big data (loading, compiling): call it off the UI thread.
 *
 * <p>Takes the project's parts rather than the project itself, so the engine keeps to model and data.
 */
public final class RunPreparation {
    private RunPreparation() {
    }

    /** Why a run was refused; the command line maps these to exit codes. */
    public enum Refusal { NETWORK_HAS_ERRORS, DATA_UNUSABLE, TOO_BIG, DOES_NOT_COMPILE }

    public sealed interface Outcome permits Ready, Refused {
    }

    /** A session ready to start, the data it trains on (for plotting points) and the settings it uses. */
    public record Ready(TrainingSession session, PreparedData data, TrainingSettings settings, GraphAnalysis analysis)
            implements Outcome {
    }

    /** The run cannot start; {@code message} says why and what to change. */
    public record Refused(Refusal reason, String message, GraphAnalysis analysis) implements Outcome {
    }

    /**
     * @param projectFolder folder that relative data paths resolve against; null for an unsaved project
     * @param maxMemoryBytes the memory the run may use (usually {@code Runtime.getRuntime().maxMemory()})
     */
    public static Outcome prepare(NetworkGraph graph, DatasetSpec dataset, TrainingSettings settings,
                                  Path projectFolder, long maxMemoryBytes, TrainingListener listener) {
        Objects.requireNonNull(listener, "listener");
        GraphAnalysis analysis = Validator.analyze(graph, dataset.source().signature());
        if (graph.isEmpty()) {
            return new Refused(Refusal.NETWORK_HAS_ERRORS, "The network is empty: add an Input, some layers and an "
                    + "Output, and wire them together.", analysis);
        }
        if (analysis.hasErrors()) {
            Diagnostic first = analysis.errors().get(0);
            return new Refused(Refusal.NETWORK_HAS_ERRORS, "The network has errors; fix them first. "
                    + first.message() + (first.fix().isBlank() ? "" : " " + first.fix()), analysis);
        }
        Dataset data;
        try {
            data = DatasetLoader.load(dataset.source(), projectFolder);
            NonFiniteCheck.require(data);
        } catch (DataException e) {
            return new Refused(Refusal.DATA_UNUSABLE, "Cannot use the data: " + e.getMessage(), analysis);
        }
        MemoryEstimate memory = MemoryEstimate.of(analysis, settings, (long) data.size() * data.sampleSize());
        var tooBig = memory.refusal(maxMemoryBytes, settings.batchSize());
        if (tooBig.isPresent()) {
            return new Refused(Refusal.TOO_BIG, tooBig.get(), analysis);
        }
        PreparedData prepared = PreparedData.prepare(data, dataset);
        CompiledNetwork network;
        try {
            network = GraphCompiler.compile(graph, settings);
        } catch (CompileException e) {
            return new Refused(Refusal.DOES_NOT_COMPILE, e.getMessage(), analysis);
        } catch (RuntimeException e) { // a fault inside ND4J while building: still a sentence, not a crash
            return new Refused(Refusal.DOES_NOT_COMPILE, "The network could not be built for training ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Please report this with the "
                    + "project file.", analysis);
        }
        TrainingSession session = new TrainingSession(new Nd4jTrainingLoop(network, prepared, settings), settings,
                listener);
        return new Ready(session, prepared, settings, analysis);
    }
}
