package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ReadOnlyBufferException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.model.Shape;

class DatasetTest {
    private final float[] features = {1, 2, 3, 4, 5, 6};
    private final Dataset data = Dataset.ofClasses(features, Shape.of(2), new int[] {0, 1, 1}, List.of("a", "b"));

    @Test
    void factoriesCopyAndAccessorsDoNotExposeTheArrays() {
        features[0] = 99;
        data.classes()[0] = 1;

        assertThat(data.feature(0, 0)).isEqualTo(1f);
        assertThat(data.classOf(0)).isZero();
        assertThatThrownBy(() -> data.features().put(0, 5f)).isInstanceOf(ReadOnlyBufferException.class);
    }

    @Test
    void subsetTakesRowsInTheGivenOrder() {
        Dataset sub = data.subset(new int[] {2, 0});

        assertThat(sub.size()).isEqualTo(2);
        assertThat(sub.sample(0)).containsExactly(5f, 6f);
        assertThat(sub.classes()).containsExactly(1, 0);
        assertThat(sub.classNames()).containsExactly("a", "b");
    }

    @Test
    void reshapeKeepsValuesAndUpdatesTheSignature() {
        Dataset image = data.reshape(Shape.of(1, 1, 2));

        assertThat(image.signature().features()).isEqualTo(Shape.of(1, 1, 2));
        assertThat(image.feature(1, 1)).isEqualTo(4f);
        assertThatThrownBy(() -> data.reshape(Shape.of(3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inconsistentArraysAreRefused() {
        assertThatThrownBy(() -> Dataset.ofClasses(new float[5], Shape.of(2), new int[] {0, 1}, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dataset.ofClasses(new float[4], Shape.of(2), new int[] {0, 2}, List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.values()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void classesAreCountedAndNamedByDefault() {
        Dataset unnamed = Dataset.ofClasses(new float[3], Shape.of(1), new int[] {2, 0, 2}, List.of());

        assertThat(unnamed.classNames()).containsExactly("0", "1", "2");
        assertThat(unnamed.classCounts()).containsExactly(1, 0, 2);
    }

    @Test
    void copySampleFillsABatch() {
        float[] batch = new float[4];
        data.copySample(2, batch, 0);
        data.copySample(0, batch, 2);

        assertThat(batch).containsExactly(5f, 6f, 1f, 2f);
    }
}
