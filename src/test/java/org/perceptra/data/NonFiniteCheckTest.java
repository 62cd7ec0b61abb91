package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.model.Shape;

class NonFiniteCheckTest {
    @Test
    void cleanDataPasses() throws DataException {
        Dataset data = Dataset.ofValues(new float[] {1, 2, 3, 4}, Shape.of(2), new float[] {0, 1}, 1);

        assertThat(NonFiniteCheck.first(data)).isEmpty();
        NonFiniteCheck.require(data);
    }

    @Test
    void firstBadFeatureIsNamedByRowAndColumnName() {
        Dataset data = Dataset.ofValues(new float[] {1, 2, 3, Float.NaN, Float.POSITIVE_INFINITY, 0}, Shape.of(2),
                new float[] {0, 1, 2}, 1).withFeatureNames(List.of("age", "bmi")).withDescription("d.csv");

        NonFiniteCheck.Finding f = NonFiniteCheck.first(data).orElseThrow();

        assertThat(f.row()).isEqualTo(1);
        assertThat(f.message()).startsWith("Row 2, feature \"bmi\" is NaN (not a number).");
        assertThatThrownBy(() -> NonFiniteCheck.require(data)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("Row 2, feature \"bmi\"");
    }

    @Test
    void badTargetIsNamedToo() {
        Dataset data = Dataset.ofValues(new float[] {1, 2}, Shape.of(1), new float[] {0, Float.NEGATIVE_INFINITY},
                1).withTargetName("progression");

        assertThat(NonFiniteCheck.first(data).orElseThrow().message())
                .startsWith("Row 2, target \"progression\" is minus infinity.");
    }

    @Test
    void imagePixelsAreNamedByPosition() {
        float[] pixels = new float[8];
        pixels[7] = Float.NaN;
        Dataset data = Dataset.ofClasses(pixels, Shape.of(1, 2, 2), new int[] {0, 1}, List.of());

        assertThat(NonFiniteCheck.first(data).orElseThrow().where()).isEqualTo("feature \"channel 1, row 2, column 2\"");
    }
}
