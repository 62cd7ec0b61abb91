/**
 * What the evaluation views show, computed from an epoch's per-sample answers without JavaFX controls: the
 * confusion matrix and the samples of each cell, the ROC curve and its area, the most confident mistakes, and the
 * evaluated part's samples in the data's own units for drawing them as pictures. Tested without a screen.
 */
package org.perceptra.ui.live.evaluation;
