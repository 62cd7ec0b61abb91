/**
 * The designer's window around the canvas and panels: welcome view with the sample gallery, menus, toolbar,
 * status bar, theme and font size, and the file safety net (open, save, unsaved-changes prompts, autosave to a
 * recovery file and the restore offer after a crash). The file logic (recent list, settings, recovery store,
 * autosave decisions) lives in plain classes that tests use without a screen; the views only bind to it.
 */
package org.perceptra.ui.shell;
