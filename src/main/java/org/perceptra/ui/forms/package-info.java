/**
 * Small form pieces shared by the designer's side panels: a text field that commits on Enter or when it loses
 * focus and shows a refusal next to itself, a two-column form grid with sections and mnemonics, and the one way
 * panels run an edit and turn a refusal into words. Panels stay thin: they map fields to edits.
 */
package org.perceptra.ui.forms;
