/**
 * One class per layer kind. Each declares its parameters once (type, default, range, description) and knows
 * how it transforms shapes and how many parameters and multiply-adds it has, counted as Keras and PyTorch do.
 * {@link org.perceptra.model.layers.StandardLayers} lists them in palette order.
 */
package org.perceptra.model.layers;
