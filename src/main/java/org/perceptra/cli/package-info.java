/**
 * The command-line tool (picocli): {@code validate} and {@code summary} now, {@code train}, {@code export} and
 * {@code bench} later. It drives the same model, project and engine code as the designer, without JavaFX.
 * Bad input ends with one clear line and a documented exit code, never a stack trace.
 */
package org.perceptra.cli;
