package org.perceptra.engine;

/**
 * The learning rate of every step of a run. Most schedules depend on the step and epoch alone and come from
 * ND4J ({@code org.nd4j.linalg.schedule}); reduce-on-plateau also watches the monitored loss at each epoch's
 * end. Built by {@link LearningRateSchedules#of}.
 */
public interface LearningRateSchedule {
    /** The rate of step {@code iteration} (counted from 0 over the whole run), taken in epoch {@code epoch}. */
    double rateAt(int iteration, int epoch);

    /** An epoch ended with this monitored loss (validation loss, or training loss without a validation part). */
    default void epochEnded(int epoch, double monitoredLoss) {
    }
}
