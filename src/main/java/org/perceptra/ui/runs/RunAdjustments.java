package org.perceptra.ui.runs;

import java.util.Optional;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.project.RunRecord;

/** Turns the engine's report of a change made while paused into the run history's plain entry. */
final class RunAdjustments {
    private RunAdjustments() {
    }

    static Optional<RunRecord.Adjustment> describe(TrainingEvent e, int batchesPerEpoch) {
        if (e instanceof TrainingEvent.Adjusted a) {
            return Optional.of(new RunRecord.Adjustment(a.iteration(), a.iteration() / (double) Math.max(1,
                    batchesPerEpoch), a.describe()));
        }
        return Optional.empty();
    }
}
