/**
 * The JavaFX designer. It renders state and sends edits; it never reaches into the engine's arrays.
 */
package org.perceptra.ui;
