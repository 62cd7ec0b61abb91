package org.perceptra.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Resizes a decoded image and lays its pixels out channels-first with values 0..1. */
final class ImagePixels {
    private ImagePixels() {
    }

    /** {@code [1, h, w]} grey (ITU-R 601 luma) or {@code [3, h, w]} RGB. */
    static float[] channelsFirst(BufferedImage source, int width, int height, boolean grey) {
        BufferedImage image = resize(source, width, height);
        int plane = width * height;
        float[] out = new float[(grey ? 1 : 3) * plane];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                float r = ((rgb >> 16) & 0xff) / 255f;
                float g = ((rgb >> 8) & 0xff) / 255f;
                float b = (rgb & 0xff) / 255f;
                int at = y * width + x;
                if (grey) {
                    out[at] = 0.299f * r + 0.587f * g + 0.114f * b;
                } else {
                    out[at] = r;
                    out[plane + at] = g;
                    out[2 * plane + at] = b;
                }
            }
        }
        return out;
    }

    /**
     * Halves the image with bilinear filtering until one more halving would pass the target, then scales to the
     * exact size: one bilinear step from a large photo to 28×28 would skip most pixels and alias badly.
     * Transparent pixels are drawn over white, as an image viewer shows them.
     */
    static BufferedImage resize(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
