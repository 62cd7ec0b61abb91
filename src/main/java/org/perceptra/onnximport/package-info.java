/**
 * Brings an ONNX model into Perceptra as an editable project with its weights. {@link
 * org.perceptra.onnximport.OnnxImport} reads the protobuf itself (SameDiff's own ONNX import gives wrong numbers in
 * 1.0.0-M2.1) and maps each ONNX node, or a short pattern of them, onto a layer of the catalogue; the weights
 * are rearranged into the engine's layouts and stored as a trained project's weights. The feature scaling a
 * Perceptra export puts in front (and the target scaling behind) become stored scalers again. An operator
 * without a mapping is refused by name ({@link org.perceptra.onnximport.OnnxImportException}). Uses model, data,
 * project, engine and export; never JavaFX.
 */
package org.perceptra.onnximport;
