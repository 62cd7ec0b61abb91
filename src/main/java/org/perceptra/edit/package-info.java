/**
 * Every change a student makes is a small {@link org.perceptra.edit.Edit} with a label ("Set units of dense_2
 * to 64"): a pure function from one immutable {@link org.perceptra.project.Project} to the next, or a refusal in
 * plain words. The {@link org.perceptra.edit.Document} applies edits, keeps the bounded undo/redo history, the
 * dirty flag and a revision counter, and tells listeners once per change. The canvas, inspector, palette and
 * CLI change a project only through here (Scene Builder's Job/JobManager idea, without JavaFX).
 */
package org.perceptra.edit;
