/**
 * Pictures and reports a student can hand in: the network diagram drawn with Java2D (so one drawing gives a PNG
 * through ImageIO and an SVG through JFreeSVG) and a self-contained HTML report of one training run (diagram,
 * settings, curves, final figures, confusion matrix). Reads the plain model and the run history only; the
 * confusion matrix arrives as plain counts, so this package uses neither JavaFX nor ND4J and both the window
 * and the command line can call it.
 */
package org.perceptra.report;
