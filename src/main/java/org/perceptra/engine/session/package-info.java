/**
 * The training session: a {@link org.perceptra.engine.session.TrainingLoop} driven one step at a time on its
 * own thread, so pause, step and stop answer between two steps; immutable
 * {@link org.perceptra.engine.session.TrainingEvent}s coalesced to ~30 a second; and the
 * {@link org.perceptra.engine.session.RunLog} that keeps every step's loss. Knows neither ND4J nor JavaFX.
 */
package org.perceptra.engine.session;
