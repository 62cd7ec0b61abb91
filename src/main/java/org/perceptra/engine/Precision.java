package org.perceptra.engine;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * The number type a network computes in. Training uses 32-bit floats; gradient checks use 64-bit doubles so
 * that finite differences are accurate to many digits.
 */
public enum Precision {
    FLOAT32(DataType.FLOAT),
    FLOAT64(DataType.DOUBLE);

    private final DataType dataType;

    Precision(DataType dataType) {
        this.dataType = dataType;
    }

    DataType dataType() {
        return dataType;
    }
}
