/**
 * Perceptra: design neural networks by drag and drop and watch them learn. {@link org.perceptra.Launcher} opens
 * the designer or runs the command-line tool. See docs/architecture.md for how the packages depend on each other.
 */
package org.perceptra;
