/**
 * The training settings panel: optimiser, learning rate and its schedule, batches and epochs, seed, clipping,
 * weight decay and early stopping, each with a tooltip in plain words. Every change is one
 * {@link org.perceptra.edit.SetTraining} edit; out-of-range values are refused next to their field.
 */
package org.perceptra.ui.training;
