/**
 * The network as a student draws it: nodes, wires, the layer catalogue, shapes, parameter and multiply-add
 * counts, and diagnostics in plain words. Plain Java with no JavaFX, ND4J or file-format code, so every rule is
 * tested in milliseconds. Graphs are immutable; edits (package {@code edit}) replace them.
 */
package org.perceptra.model;
