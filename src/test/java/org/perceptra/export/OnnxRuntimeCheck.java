package org.perceptra.export;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.Map;
import org.perceptra.model.Shape;

/** Runs an exported model in ONNX Runtime on a batch of raw samples, for tests. */
final class OnnxRuntimeCheck {
    private OnnxRuntimeCheck() {
    }

    /** The model's single output for {@code batch} samples of {@code shape}, flattened row-major. */
    static float[] run(byte[] model, float[] features, Shape shape, int batch) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(model, options)) {
                long[] dims = new long[shape.rank() + 1];
                dims[0] = batch;
                for (int i = 0; i < shape.rank(); i++) {
                    dims[i + 1] = shape.dim(i);
                }
                String input = session.getInputNames().iterator().next();
                try (OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(features), dims);
                     OrtSession.Result result = session.run(Map.of(input, x))) {
                    OnnxTensor y = (OnnxTensor) result.get(0);
                    FloatBuffer values = y.getFloatBuffer();
                    float[] out = new float[values.remaining()];
                    values.get(out);
                    return out;
                }
            }
        }
    }

    static double maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError("lengths differ: " + a.length + " and " + b.length);
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs((double) a[i] - b[i]));
        }
        return max;
    }
}
