/**
 * The inspector: the settings of the one selected layer as a property sheet generated from its kind's
 * parameter declarations, with its shapes, counts and problems. Every change is one undoable edit; a refused
 * value keeps the old one and says why next to the field.
 */
package org.perceptra.ui.inspector;
