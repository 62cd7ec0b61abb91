/**
 * Benchmarks of the canvas a person runs under a display and compares (frames per second and CPU time per
 * frame while a 500-layer network pans and zooms); not tests, because timings depend on the machine.
 */
package org.perceptra.ui.canvas.bench;
