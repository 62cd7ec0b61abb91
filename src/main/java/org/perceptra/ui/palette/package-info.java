/**
 * The layer palette: the catalogue's kinds grouped by family, searchable, with a tooltip per kind. A kind
 * reaches the canvas by drag, double-click or Enter, always through the canvas's public methods, which send
 * the edits.
 */
package org.perceptra.ui.palette;
