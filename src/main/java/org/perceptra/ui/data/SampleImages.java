package org.perceptra.ui.data;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.perceptra.data.Dataset;
import org.perceptra.model.Shape;

/**
 * Turns image samples (channels-first, grey or RGB) into small pictures for the sample grid. Safe to call on
 * a background thread: images not yet in a scene may be built anywhere.
 */
public final class SampleImages {
    private SampleImages() {
    }

    /** Whether the samples can be drawn as pictures: [C, H, W] with 1 or 3 channels, or a square vector of 64+. */
    static boolean drawable(Shape shape) {
        return picture(shape) != null;
    }

    /** Up to {@code count} samples spread over the classes, each with its class name as caption. */
    static List<SampleGrid.Tile> tiles(Dataset data, int count) {
        Shape shape = picture(data.featureShape());
        List<SampleGrid.Tile> tiles = new ArrayList<>();
        if (shape == null || data.size() == 0) {
            return tiles;
        }
        float max = largest(data);
        int step = Math.max(1, data.size() / count);
        for (int i = 0; i < data.size() && tiles.size() < count; i += step) {
            String caption = data.isClassification() ? data.classNames().get(data.classOf(i)) : "";
            tiles.add(new SampleGrid.Tile(image(data.sample(i), shape, max), caption));
        }
        return tiles;
    }

    /**
     * The [C, H, W] to draw, or null: 784 values become 28 × 28, 64 become 8 × 8. Public so that the training
     * views draw the same samples as pictures as this panel does.
     */
    public static Shape picture(Shape shape) {
        if (shape.isImage() && (shape.dim(0) == 1 || shape.dim(0) == 3)) {
            return shape;
        }
        if (shape.isVector() && shape.dim(0) >= 64) {
            int side = (int) Math.round(Math.sqrt(shape.dim(0)));
            return side * side == shape.dim(0) ? Shape.of(1, side, side) : null;
        }
        return null;
    }

    /** Bundled digits go up to 16, MNIST to 1: scale by the largest value seen. */
    private static float largest(Dataset data) {
        float max = 0;
        int n = Math.min(data.size(), 200);
        for (int i = 0; i < n; i++) {
            for (float v : data.sample(i)) {
                max = Math.max(max, v);
            }
        }
        return max > 0 ? max : 1;
    }

    /** One sample as a picture about {@link SampleGrid#SIDE} pixels a side; values from 0 to {@code max}. */
    public static Image image(float[] chw, Shape shape, float max) {
        int channels = shape.dim(0);
        int h = shape.dim(1);
        int w = shape.dim(2);
        // Enlarged here, pixel by pixel: an ImageView's own scaling blurs an 8 × 8 digit into a smudge.
        int zoom = (int) Math.max(1, Math.floor(SampleGrid.SIDE / Math.max(w, h)));
        WritableImage image = new WritableImage(w * zoom, h * zoom);
        PixelWriter px = image.getPixelWriter();
        int plane = h * w;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                Color c = channels == 1
                        ? Color.gray(1 - clamp(chw[i] / max)) // ink dark on white, as digits are written
                        : Color.color(clamp(chw[i] / max), clamp(chw[plane + i] / max), clamp(chw[2 * plane + i] / max));
                for (int dy = 0; dy < zoom; dy++) {
                    for (int dx = 0; dx < zoom; dx++) {
                        px.setColor(x * zoom + dx, y * zoom + dy, c);
                    }
                }
            }
        }
        return image;
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
    }
}
