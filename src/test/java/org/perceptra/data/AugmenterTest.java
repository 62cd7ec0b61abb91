package org.perceptra.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.perceptra.model.Shape;

class AugmenterTest {
    private static final Shape SHAPE = Shape.of(1, 5, 5);

    /** A 5×5 image with one lit pixel at (x, y). */
    private static float[] dot(int x, int y) {
        float[] image = new float[25];
        image[y * 5 + x] = 1;
        return image;
    }

    private static int lit(float[] image) {
        for (int i = 0; i < image.length; i++) {
            if (image[i] == 1f) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void sameSeedGivesTheSameImages() {
        Augmentation spec = new Augmentation(true, 2, 15);
        float[] batch1 = new float[50];
        float[] batch2 = new float[50];
        for (int i = 0; i < 50; i++) {
            batch1[i] = batch2[i] = i % 7;
        }

        spec.augmenter(Shape.of(2, 5, 5), 3).augmentInPlace(batch1, 0, 1);
        spec.augmenter(Shape.of(2, 5, 5), 3).augmentInPlace(batch2, 0, 1);

        assertThat(batch1).containsExactly(batch2);
    }

    @Test
    void noAugmentationLeavesImagesAlone() {
        float[] image = dot(1, 2);

        assertThat(Augmentation.NONE.augmenter(SHAPE, 1).augment(image)).containsExactly(image);
        assertThat(Augmentation.NONE.isNone()).isTrue();
    }

    @Test
    void flipMirrorsOrKeepsTheImage() {
        Augmenter flipper = new Augmentation(true, 0, 0).augmenter(SHAPE, 9);
        boolean sawFlip = false;
        boolean sawKeep = false;
        for (int i = 0; i < 20; i++) {
            int at = lit(flipper.augment(dot(1, 2)));
            assertThat(at).isIn(2 * 5 + 1, 2 * 5 + 3);
            sawFlip |= at == 13;
            sawKeep |= at == 11;
        }
        assertThat(sawFlip && sawKeep).isTrue();
    }

    @Test
    void shiftMovesByWholePixelsWithinTheLimit() {
        Augmenter shifter = new Augmentation(false, 1, 0).augmenter(SHAPE, 4);
        for (int i = 0; i < 20; i++) {
            float[] out = shifter.augment(dot(2, 2));
            int at = lit(out);
            assertThat(Math.abs(at % 5 - 2)).isLessThanOrEqualTo(1);
            assertThat(Math.abs(at / 5 - 2)).isLessThanOrEqualTo(1);
            assertThat(sum(out)).isEqualTo(1f);
        }
    }

    @Test
    void rotationKeepsTheCentreAndStaysSmall() {
        Augmenter rotator = new Augmentation(false, 0, 30).augmenter(SHAPE, 5);
        for (int i = 0; i < 20; i++) {
            float[] out = rotator.augment(dot(2, 2));
            assertThat(out[12]).isEqualTo(1f);
            assertThat(sum(out)).isBetween(1f, 1.5f); // bilinear sampling spreads a little of the dot around
            assertThat(out[0]).isZero();
        }
    }

    @Test
    void limitsAreChecked() {
        assertThatThrownBy(() -> new Augmentation(false, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Augmentation(false, 0, 45)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Augmentation(true, 0, 0).augmenter(Shape.of(4), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
