package org.perceptra.ui.live.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.PreparedData;
import org.perceptra.data.SplitIndices;
import org.perceptra.model.Shape;

class EvaluatedPartTest {
    private static Dataset pictures() {
        float[] pixels = new float[6 * 4];
        int[] classes = new int[6];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i * 7) % 17;
        }
        for (int i = 0; i < 6; i++) {
            classes[i] = i % 2;
        }
        return Dataset.ofClasses(pixels, Shape.of(4), classes, List.of("a", "b"));
    }

    @Test
    void theValidationPartIsDescribedAndItsSamplesComeBackInTheirOwnUnits() {
        Dataset all = pictures();
        for (DatasetSpec.Normalization n : DatasetSpec.Normalization.values()) {
            PreparedData data = PreparedData.prepare(all, new SplitIndices(new int[] {0, 1, 2, 3}, new int[] {4, 5},
                    new int[0]), n);
            EvaluatedPart part = EvaluatedPart.of(data, Shape.of(1, 2, 2));
            assertThat(part.name()).isEqualTo("validation");
            assertThat(part.size()).isEqualTo(2);
            assertThat(part.pictureShape()).contains(Shape.of(1, 2, 2));
            for (int i = 0; i < 2; i++) {
                float[] original = part.original(i);
                float[] expected = all.sample(4 + i);
                for (int j = 0; j < 4; j++) {
                    assertThat(original[j]).as("%s sample %d value %d", n, i, j).isCloseTo(expected[j], offset(1e-4f));
                }
            }
            assertThat(part.brightest()).isCloseTo(Math.max(max(all.sample(4)), max(all.sample(5))), offset(1e-4f));
        }
    }

    @Test
    void withoutValidationTheTrainingPartIsDescribed() {
        PreparedData data = PreparedData.prepare(pictures(), new SplitIndices(new int[] {0, 1, 2}, new int[0],
                new int[] {3}), DatasetSpec.Normalization.NONE);
        EvaluatedPart part = EvaluatedPart.of(data, null);
        assertThat(part.name()).isEqualTo("training");
        assertThat(part.size()).isEqualTo(3);
        assertThat(part.pictureShape()).isEmpty();
    }

    private static float max(float[] v) {
        float m = Float.NEGATIVE_INFINITY;
        for (float x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
