package org.perceptra.ui.runs;

import java.util.Optional;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.project.RunRecord;

/** Turns the engine's report of a change made while paused into the run history's plain entry. */
final class RunAdjustments {
    private RunAdjustments() {
    }

    static Optional<RunRecord.Adjustment> describe(TrainingEvent e, int batchesPerEpoch) {
        return Optional.empty();
    }
}
