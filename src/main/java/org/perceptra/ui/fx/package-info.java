/**
 * The one place that talks to the JavaFX {@code Platform}: getting work onto the FX thread, once per frame, and
 * starting the toolkit for demos and benchmarks. Everything else in the UI receives executors from here, so it
 * can be tested with plain ones.
 */
package org.perceptra.ui.fx;
