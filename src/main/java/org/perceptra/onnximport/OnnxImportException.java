package org.perceptra.onnximport;

/**
 * An ONNX file Perceptra cannot open, with a sentence that names the problem: the file is not ONNX or is
 * damaged, or an operator (named, with its node) has no Perceptra layer to become.
 */
public final class OnnxImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public OnnxImportException(String message) {
        super(message);
    }
}
