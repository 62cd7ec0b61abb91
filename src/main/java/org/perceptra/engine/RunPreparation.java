package org.perceptra.engine;

import java.nio.file.Path;
import java.util.Objects;
import org.perceptra.data.DataException;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetLoader;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.FeatureScaler;
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
 * <p>Two stages, so that commands which train several times (k-fold) or not at all (evaluate) share the checks:
 * {@link #check} ends with the data loaded, {@link Checked#session} compiles a fresh network for one split.
 * Takes the project's parts rather than the project itself, so the engine keeps to model and data.
 */
public final class RunPreparation {
    private RunPreparation() {
    }

    /** Why a run was refused; the command line maps these to exit codes. */
    public enum Refusal { NETWORK_HAS_ERRORS, DATA_UNUSABLE, TOO_BIG, DOES_NOT_COMPILE }

    public sealed interface Outcome permits Ready, Refused {
    }

    /** What {@link #check} gives: the checked network and loaded data, or why not. */
    public sealed interface Check permits Checked, Refused {
    }

    /**
     * A session ready to start, the data it trains on (for plotting points), the settings it uses, the loop
     * it drives (its network and data, for final figures and saving weights once the session has ended), and
     * which layers started from stored weights.
     */
    public record Ready(TrainingSession session, PreparedData data, TrainingSettings settings, GraphAnalysis analysis,
                        Nd4jTrainingLoop loop, WarmStart warmStart) implements Outcome {
        public Ready {
            warmStart = warmStart == null ? WarmStart.NONE : warmStart;
        }

        /** Every layer fresh. */
        public Ready(TrainingSession session, PreparedData data, TrainingSettings settings, GraphAnalysis analysis,
                     Nd4jTrainingLoop loop) {
            this(session, data, settings, analysis, loop, WarmStart.NONE);
        }

        /** For sessions driven by a scripted loop (tests): no ND4J loop behind them. */
        public Ready(TrainingSession session, PreparedData data, TrainingSettings settings, GraphAnalysis analysis) {
            this(session, data, settings, analysis, null);
        }
    }

    /** The run cannot start; {@code message} says why and what to change. */
    public record Refused(Refusal reason, String message, GraphAnalysis analysis) implements Outcome, Check {
    }

    /** A network without errors and its data, loaded, finite and small enough; nothing compiled yet. */
    public record Checked(NetworkGraph graph, DatasetSpec dataset, TrainingSettings settings, Dataset all,
                          GraphAnalysis analysis) implements Check {
        /** The spec's split, scaled with statistics of its training part. */
        public PreparedData split() {
            return PreparedData.prepare(all, dataset);
        }

        /** The spec's split, scaled with a scaler fitted before (stored with trained weights). */
        public PreparedData split(FeatureScaler stored) {
            return PreparedData.prepare(all, dataset, stored);
        }

        /**
         * A freshly initialised network (the settings' seed).
         *
         * @throws CompileException with a sentence naming the node when building fails
         */
        public CompiledNetwork compile() {
            try {
                return GraphCompiler.compile(graph, settings);
            } catch (CompileException e) {
                throw e;
            } catch (RuntimeException e) { // a fault inside ND4J while building
                throw CompileException.insideEngine(e);
            }
        }

        /** A fresh network trained on {@code data} by a session that reports to {@code listener}. */
        public Outcome session(PreparedData data, TrainingListener listener) {
            return session(data, listener, null);
        }

        /**
         * As {@link #session(PreparedData, TrainingListener)}, starting from {@code startingWeights} (stored
         * weights, null: none) for every layer they fit; see {@link WarmStart}.
         */
        public Outcome session(PreparedData data, TrainingListener listener, String startingWeights) {
            Objects.requireNonNull(listener, "listener");
            CompiledNetwork network;
            try {
                network = compile();
            } catch (CompileException e) {
                return new Refused(Refusal.DOES_NOT_COMPILE, e.getMessage(), analysis);
            }
            WarmStart warm = startingWeights == null ? WarmStart.NONE : WarmStart.load(startingWeights, network);
            Nd4jTrainingLoop loop = new Nd4jTrainingLoop(network, data, settings, dataset.augmentation());
            return new Ready(new TrainingSession(loop, settings, listener), data, settings, analysis, loop, warm);
        }
    }

    /**
     * @param projectFolder folder that relative data paths resolve against; null for an unsaved project
     * @param maxMemoryBytes the memory the run may use (usually {@code Runtime.getRuntime().maxMemory()})
     */
    public static Outcome prepare(NetworkGraph graph, DatasetSpec dataset, TrainingSettings settings,
                                  Path projectFolder, long maxMemoryBytes, TrainingListener listener) {
        return prepare(graph, dataset, settings, projectFolder, maxMemoryBytes, listener, null);
    }

    /**
     * As {@link #prepare(NetworkGraph, DatasetSpec, TrainingSettings, Path, long, TrainingListener)}, with the
     * project's stored weights (null: none): a network with frozen layers starts from them where they fit
     * ({@link WarmStart.Choice#AUTO}).
     */
    public static Outcome prepare(NetworkGraph graph, DatasetSpec dataset, TrainingSettings settings,
                                  Path projectFolder, long maxMemoryBytes, TrainingListener listener,
                                  String storedWeights) {
        Objects.requireNonNull(listener, "listener");
        Check check = check(graph, dataset, settings, projectFolder, maxMemoryBytes);
        if (check instanceof Refused refused) {
            return refused;
        }
        Checked checked = (Checked) check;
        return checked.session(checked.split(), listener, WarmStart.Choice.AUTO.startingWeights(graph, storedWeights));
    }

    /** The checks before compiling: network errors, unreadable or non-finite data, not enough memory. */
    public static Check check(NetworkGraph graph, DatasetSpec dataset, TrainingSettings settings, Path projectFolder,
                              long maxMemoryBytes) {
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
        if (!dataset.augmentation().isNone() && !data.featureShape().isImage()) {
            return new Refused(Refusal.DATA_UNUSABLE, "Augmentation (flip, shift, rotation) changes images of shape "
                    + "[channels, height, width], but these samples are " + data.featureShape() + ". Turn it off "
                    + "in the data settings.", analysis);
        }
        MemoryEstimate memory = MemoryEstimate.of(analysis, settings, (long) data.size() * data.sampleSize());
        var tooBig = memory.refusal(maxMemoryBytes, settings.batchSize());
        if (tooBig.isPresent()) {
            return new Refused(Refusal.TOO_BIG, tooBig.get(), analysis);
        }
        return new Checked(graph, dataset, settings, data, analysis);
    }
}
