/**
 * Live training: the controls that drive a {@link org.perceptra.engine.session.TrainingSession} and the views that
 * draw its events (loss, metrics, weights, health, decision boundary), docked in a
 * {@link org.perceptra.ui.live.TrainingDashboard}. Events arrive through {@link org.perceptra.ui.fx.FxEventPump}
 * in batches, once per frame at most; each view applies a whole batch and redraws once.
 */
package org.perceptra.ui.live;
