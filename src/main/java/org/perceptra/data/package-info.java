/**
 * Datasets as plain descriptions and plain arrays. A {@link org.perceptra.data.DatasetSpec} says where samples
 * come from, how they are split and scaled; {@link org.perceptra.data.DatasetLoader} turns its
 * {@link org.perceptra.data.DataSource} into an immutable {@link org.perceptra.data.Dataset} (generators, the
 * bundled sets, CSV, IDX, image folders), and {@link org.perceptra.data.PreparedData} splits it and fits a
 * {@link org.perceptra.data.FeatureScaler} on the training part only. Every problem a user's file can have is a
 * checked {@link org.perceptra.data.DataException} naming file, line and column. No JavaFX, no ND4J, no project
 * file format here: the engine converts the arrays, the project package stores the specs.
 */
package org.perceptra.data;
