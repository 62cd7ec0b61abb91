/**
 * The network canvas and the problems list under it. {@link org.perceptra.ui.canvas.GraphCanvas} renders the
 * document's graph as cards and wires and turns gestures (one small class each) into edits; it never changes
 * the model itself. Views are matched to the graph by node id, so an edit costs a diff, not a rebuild, and
 * only cards near the visible area are shown, so large networks pan and zoom smoothly in software rendering.
 */
package org.perceptra.ui.canvas;
