/**
 * The data panel: where a project's samples come from (generators with a live scatter preview, the bundled
 * sets, CSV with column roles and a table preview, MNIST-format files, image folders with a grid of samples),
 * how they are split and scaled, and whether the network's Input and Output fit them. Every change is one
 * {@link org.perceptra.edit.SetDataset} edit; reading files happens on a background thread, never on the FX
 * thread.
 */
package org.perceptra.ui.data;
