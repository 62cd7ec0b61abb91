package org.perceptra.engine;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One training batch, able to write itself into a plan's placeholder arrays. Rows of a {@link TrainingArrays}
 * are copied there straight from the dataset, without an intermediate array.
 */
interface Batch {
    long size();

    /** The inputs as an array of their own (the step that builds a plan needs one). */
    INDArray inputs();

    INDArray labels();

    /** Writes inputs and labels into these arrays, of this batch's shapes and the network's number type. */
    void copyInto(INDArray x, INDArray y);

    static Batch of(INDArray x, INDArray y) {
        return new Batch() {
            @Override
            public long size() {
                return x.size(0);
            }

            @Override
            public INDArray inputs() {
                return x;
            }

            @Override
            public INDArray labels() {
                return y;
            }

            @Override
            public void copyInto(INDArray xDest, INDArray yDest) {
                xDest.assign(x);
                yDest.assign(y);
            }
        };
    }

    static Batch rows(TrainingArrays data, int[] rows, DataType type) {
        return new Batch() {
            @Override
            public long size() {
                return rows.length;
            }

            @Override
            public INDArray inputs() {
                return cast(data.features(rows));
            }

            @Override
            public INDArray labels() {
                return cast(data.labels(rows));
            }

            @Override
            public void copyInto(INDArray xDest, INDArray yDest) {
                if (!data.copyRows(rows, xDest, yDest)) {
                    xDest.assign(inputs());
                    yDest.assign(labels());
                }
            }

            private INDArray cast(INDArray a) {
                return a.dataType() == type ? a : a.castTo(type);
            }
        };
    }
}
