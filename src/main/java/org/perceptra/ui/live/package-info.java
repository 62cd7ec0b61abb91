/**
 * Live training: the controls that drive a {@link org.perceptra.engine.session.TrainingSession} and the views that
 * draw its events (loss, metrics, weights, health, decision boundary), docked in a
 * {@link org.perceptra.ui.live.TrainingDashboard}. Events arrive through {@link org.perceptra.ui.fx.FxEventPump}
 * in batches, 20 a second at most; each view applies a whole batch without drawing, and a
 * {@link org.perceptra.ui.live.RedrawScheduler} decides when it redraws: the loss with every batch, the others a few
 * times a second and one at a time, none while off screen (behind another view of its dock, or on a tab not
 * chosen), and never leaving the last change undrawn.
 */
package org.perceptra.ui.live;
