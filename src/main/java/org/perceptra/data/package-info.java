/**
 * Datasets as plain descriptions and arrays: synthetic generators, the bundled sets, CSV, IDX and image
 * folders. A {@link org.perceptra.data.DatasetSpec} says where samples come from, how they are split and scaled;
 * the engine converts loaded arrays to ND4J. No JavaFX, no ND4J, no file-format code here.
 */
package org.perceptra.data;
