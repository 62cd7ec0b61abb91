package org.perceptra.engine.session;

/**
 * Receives training events on the training thread. Must return quickly (queue the event and go): time spent
 * here is time the network is not training.
 */
@FunctionalInterface
public interface TrainingListener {
    void onEvent(TrainingEvent event);
}
