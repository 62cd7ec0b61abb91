/**
 * The run history: every run trained in the window is recorded into the project (settings, the graph as it was,
 * every epoch's figures) by {@link org.perceptra.ui.runs.RunRecorder}, and {@link org.perceptra.ui.runs.RunsView}
 * lists the runs, overlays the curves of the chosen ones, renames and deletes them, all as undoable edits.
 */
package org.perceptra.ui.runs;
