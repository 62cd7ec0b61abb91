/**
 * Takes a trained network out of Perceptra. {@link org.perceptra.export.OnnxExport} writes an ONNX model (opset
 * 13, IR version 7, symbolic batch dimension) built from the protobuf classes of {@code tribuo-util-onnx}, one
 * ONNX node or a few per Perceptra node, with the feature scaling fitted at training time in front, so that the
 * file takes the data as the student gives it. A kind ONNX cannot express at that opset is refused by name
 * ({@link org.perceptra.export.ExportRefusedException}). {@link org.perceptra.export.Nd4jExport} saves the
 * engine's inference path ({@link org.perceptra.engine.InferenceGraph}) as ND4J's own SameDiff file, and
 * {@link org.perceptra.export.JavaExport} generates a Java class on plain ND4J ops with its weights in an
 * {@code .npz} beside it. Uses model, data and engine (the trained tensors
 * come from {@link org.perceptra.engine.CompiledNetwork}); never JavaFX. {@link
 * org.perceptra.export.PyTorchExport} writes a folder of generated Python instead: an {@code nn.Module} with one
 * attribute per layer, its weights as an uncompressed {@code .npz}, and a {@code predict.py} that loads both.
 */
package org.perceptra.export;
