package org.perceptra.onnximport;

import ai.onnx.proto.OnnxMl.TensorProto;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A constant of the ONNX graph (an initializer or a Constant node's value) read into Java arrays: floats for
 * weights, longs for shapes, axes and indices. Values are row-major as ONNX stores them.
 */
record Tensor(String name, long[] dims, float[] floats, long[] longs) {
    static Tensor read(TensorProto t) throws OnnxImportException {
        long[] dims = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
        long count = Arrays.stream(dims).reduce(1, Math::multiplyExact);
        ByteBuffer raw = t.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        boolean hasRaw = t.getRawData().size() > 0;
        int type = t.getDataType();
        float[] floats;
        long[] longs = null;
        if (type == TensorProto.DataType.FLOAT_VALUE) {
            floats = new float[(int) count];
            if (hasRaw) {
                check(t, raw.remaining(), count * Float.BYTES);
                raw.asFloatBuffer().get(floats);
            } else {
                check(t, t.getFloatDataCount(), count);
                for (int i = 0; i < count; i++) {
                    floats[i] = t.getFloatData(i);
                }
            }
        } else if (type == TensorProto.DataType.DOUBLE_VALUE) {
            floats = new float[(int) count];
            if (hasRaw) {
                check(t, raw.remaining(), count * Double.BYTES);
                for (int i = 0; i < count; i++) {
                    floats[i] = (float) raw.getDouble();
                }
            } else {
                check(t, t.getDoubleDataCount(), count);
                for (int i = 0; i < count; i++) {
                    floats[i] = (float) t.getDoubleData(i);
                }
            }
        } else if (type == TensorProto.DataType.INT64_VALUE || type == TensorProto.DataType.INT32_VALUE) {
            longs = new long[(int) count];
            boolean wide = type == TensorProto.DataType.INT64_VALUE;
            if (hasRaw) {
                check(t, raw.remaining(), count * (wide ? Long.BYTES : Integer.BYTES));
                for (int i = 0; i < count; i++) {
                    longs[i] = wide ? raw.getLong() : raw.getInt();
                }
            } else {
                check(t, wide ? t.getInt64DataCount() : t.getInt32DataCount(), count);
                for (int i = 0; i < count; i++) {
                    longs[i] = wide ? t.getInt64Data(i) : t.getInt32Data(i);
                }
            }
            floats = new float[(int) count];
            for (int i = 0; i < count; i++) {
                floats[i] = longs[i];
            }
        } else if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            throw new OnnxImportException("The tensor '" + t.getName() + "' is stored in a separate file, which "
                    + "Perceptra does not read; export the model with its weights inside the .onnx file.");
        } else {
            throw new OnnxImportException("The tensor '" + t.getName() + "' holds "
                    + TensorProto.DataType.forNumber(type) + " values; Perceptra reads float and integer tensors.");
        }
        return new Tensor(t.getName(), dims, floats, longs);
    }

    private static void check(TensorProto t, long have, long want) throws OnnxImportException {
        if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            throw new OnnxImportException("The tensor '" + t.getName() + "' is stored in a separate file, which "
                    + "Perceptra does not read; export the model with its weights inside the .onnx file.");
        }
        if (have != want) {
            throw new OnnxImportException("The tensor '" + t.getName() + "' is damaged: its shape "
                    + Arrays.toString(t.getDimsList().toArray()) + " needs " + want + " values' bytes, the file has "
                    + have + ".");
        }
    }

    int size() {
        return floats.length;
    }

    /** Whether every value is 0 (initial recurrent states that may be left out). */
    boolean isZero() {
        for (float v : floats) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
