package org.perceptra.data;

import java.util.SplittableRandom;
import org.perceptra.model.Shape;

/**
 * Applies an {@link Augmentation} to training images, drawing flip, shift and angle per image from its own seeded
 * generator: the same seed and the same sequence of calls give the same images. Not thread-safe (one per
 * training loop). Each image is mapped through one affine transform about its centre with bilinear sampling;
 * pixels that come from outside the image are 0 (the background of MNIST-like data, or the mean after z-score).
 */
public final class Augmenter {
    private final Augmentation spec;
    private final int channels;
    private final int height;
    private final int width;
    private final SplittableRandom random;
    private final float[] scratch;

    Augmenter(Augmentation spec, Shape shape, long seed) {
        this.spec = spec;
        this.channels = shape.dim(0);
        this.height = shape.dim(1);
        this.width = shape.dim(2);
        this.random = new SplittableRandom(seed);
        this.scratch = new float[channels * height * width];
    }

    /** An augmented copy of one image. */
    public float[] augment(float[] image) {
        float[] copy = image.clone();
        augmentInPlace(copy, 0, 1);
        return copy;
    }

    /** Augments {@code count} images stored one after another in {@code batch} from {@code offset}. */
    public void augmentInPlace(float[] batch, int offset, int count) {
        int size = scratch.length;
        for (int i = 0; i < count; i++) {
            boolean flip = spec.flip() && random.nextBoolean();
            int dx = spec.maxShift() == 0 ? 0 : random.nextInt(-spec.maxShift(), spec.maxShift() + 1);
            int dy = spec.maxShift() == 0 ? 0 : random.nextInt(-spec.maxShift(), spec.maxShift() + 1);
            double degrees = spec.maxDegrees() == 0 ? 0 : random.nextDouble(-spec.maxDegrees(), spec.maxDegrees());
            if (!flip && dx == 0 && dy == 0 && degrees == 0) {
                continue;
            }
            System.arraycopy(batch, offset + i * size, scratch, 0, size);
            transform(scratch, batch, offset + i * size, flip, dx, dy, Math.toRadians(degrees));
        }
    }

    /**
     * Draws what augmenting {@code count} images would draw, without changing any: a resumed run thus continues
     * with the variants an uninterrupted run would have made (the draws never depend on the pixels).
     */
    public void skip(long count) {
        for (long i = 0; i < count; i++) {
            if (spec.flip()) {
                random.nextBoolean();
            }
            if (spec.maxShift() != 0) {
                random.nextInt(-spec.maxShift(), spec.maxShift() + 1);
                random.nextInt(-spec.maxShift(), spec.maxShift() + 1);
            }
            if (spec.maxDegrees() != 0) {
                random.nextDouble(-spec.maxDegrees(), spec.maxDegrees());
            }
        }
    }

    /** For each output pixel, finds where it comes from (the inverse transform) and samples there. */
    private void transform(float[] src, float[] dst, int base, boolean flip, int dx, int dy, double angle) {
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        int plane = width * height;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double ux = x - dx - cx;
                double uy = y - dy - cy;
                double sx = cos * ux + sin * uy + cx;
                double sy = -sin * ux + cos * uy + cy;
                if (flip) {
                    sx = width - 1 - sx;
                }
                for (int c = 0; c < channels; c++) {
                    dst[base + c * plane + y * width + x] = sample(src, c * plane, sx, sy);
                }
            }
        }
    }

    private float sample(float[] src, int channelBase, double sx, double sy) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        float fx = (float) (sx - x0);
        float fy = (float) (sy - y0);
        float top = lerp(pixel(src, channelBase, x0, y0), pixel(src, channelBase, x0 + 1, y0), fx);
        float bottom = lerp(pixel(src, channelBase, x0, y0 + 1), pixel(src, channelBase, x0 + 1, y0 + 1), fx);
        return lerp(top, bottom, fy);
    }

    private float pixel(float[] src, int channelBase, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0f : src[channelBase + y * width + x];
    }

    private static float lerp(float a, float b, float t) {
        return t == 0 ? a : a + (b - a) * t;
    }
}
