package org.perceptra.engine;

import java.util.Objects;
import java.util.Optional;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.session.EarlyStopper;
import org.perceptra.engine.session.TrainingListener;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.TrainingSettings;

/**
 * "Continue training" of a trained project, shared by the window and the command line: the stored weights, and the
 * stored {@link TrainingState} where there is one that fits, so that the run goes on exactly as if it had never
 * stopped. What cannot be continued still trains, and the note says how: weights without a state (saved before it
 * was kept, or with other settings) continue with a fresh optimiser; no weights, or weights that no longer fit the
 * network, start from fresh ones.
 */
public final class Continuation {
    private Continuation() {
    }

    /** The prepared run (or why none) and a sentence for the student saying what it continues from. */
    public record Continued(RunPreparation.Outcome outcome, String note) {
    }

    /**
     * @param weightsJson the project's stored weights, or null when it has none
     * @param epochs      epochs to train; null: what the stopped run still had planned, else the settings' epochs
     */
    public static Continued prepare(RunPreparation.Checked checked, String weightsJson, Integer epochs,
                                    TrainingListener listener) {
        Objects.requireNonNull(listener, "listener");
        TrainingSettings settings = checked.settings();
        if (weightsJson == null) {
            return fresh(checked, epochs, listener, "The project holds no trained weights, so training starts from "
                    + "fresh weights.");
        }
        Optional<TrainingState> state;
        Optional<Scalers> scalers;
        try {
            scalers = WeightsJson.scalers(weightsJson);
            state = TrainingState.in(weightsJson);
        } catch (IllegalArgumentException e) {
            return fresh(checked, epochs, listener, "The stored weights cannot be used (" + e.getMessage()
                    + "), so training starts from fresh weights.");
        }
        int count = epochs != null ? epochs
                : state.map(TrainingState::epochsLeftInPlan).filter(n -> n > 0).orElse(settings.epochs());
        TrainingSettings run = settings.withBatchAndEpochs(settings.batchSize(), count);
        PreparedData data = scalers.map(s -> checked.split(s.features())).orElseGet(checked::split);
        Loaded attempt = load(checked, run, data, weightsJson);
        if (attempt.refusal != null) {
            return new Continued(attempt.refusal, "");
        }
        if (attempt.weightsProblem != null) {
            return fresh(checked, epochs, listener, "The stored weights do not fit the network (" + attempt.weightsProblem
                    + "), so training starts from fresh weights.");
        }
        EarlyStopper stopper = new EarlyStopper(run.earlyStopping());
        String note;
        if (state.isEmpty()) {
            note = "The project was saved without the optimiser's state, so training continues from its weights with "
                    + "a fresh optimiser (and the schedule from its start).";
        } else {
            try {
                attempt.loop.resume(state.get(), count).ifPresent(stopper::restore);
                note = "Continuing " + state.get().position() + " with the saved optimiser state, for " + count
                        + (count == 1 ? " epoch." : " epochs.");
            } catch (IllegalArgumentException e) {
                attempt.loop.close();
                attempt.loop.releaseData();
                attempt = load(checked, run, data, weightsJson); // the optimiser may be half-restored: start clean
                note = "The saved optimiser state does not fit this run: " + e.getMessage() + ". Training continues "
                        + "from the stored weights with a fresh optimiser.";
            }
        }
        TrainingSession session = new TrainingSession(attempt.loop, run, stopper, listener);
        return new Continued(new RunPreparation.Ready(session, data, run, checked.analysis(), attempt.loop), note);
    }

    private static Continued fresh(RunPreparation.Checked checked, Integer epochs, TrainingListener listener,
                                   String note) {
        if (epochs == null) {
            return new Continued(checked.session(checked.split(), listener), note);
        }
        TrainingSettings s = checked.settings();
        RunPreparation.Checked longer = new RunPreparation.Checked(checked.graph(), checked.dataset(),
                s.withBatchAndEpochs(s.batchSize(), epochs), checked.all(), checked.analysis());
        return new Continued(longer.session(longer.split(), listener), note);
    }

    /** A compiled network with the stored weights in a loop, or why not. */
    private static Loaded load(RunPreparation.Checked checked, TrainingSettings run, PreparedData data, String json) {
        CompiledNetwork network;
        try {
            network = GraphCompiler.compile(checked.graph(), run);
        } catch (CompileException e) {
            return new Loaded(null, new RunPreparation.Refused(RunPreparation.Refusal.DOES_NOT_COMPILE, e.getMessage(),
                    checked.analysis()), null);
        } catch (RuntimeException e) {
            return new Loaded(null, new RunPreparation.Refused(RunPreparation.Refusal.DOES_NOT_COMPILE,
                    CompileException.insideEngine(e).getMessage(), checked.analysis()), null);
        }
        try {
            WeightsJson.load(json, network);
        } catch (IllegalArgumentException e) {
            return new Loaded(null, null, e.getMessage());
        }
        return new Loaded(new Nd4jTrainingLoop(network, data, run, checked.dataset().augmentation()), null, null);
    }

    private record Loaded(Nd4jTrainingLoop loop, RunPreparation.Refused refusal, String weightsProblem) {
    }
}
