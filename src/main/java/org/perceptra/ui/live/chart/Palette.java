package org.perceptra.ui.live.chart;

import java.awt.Color;

/**
 * The Okabe-Ito colours: distinguishable with every common colour-vision deficiency. Series and classes take
 * them in order; red-ish vermillion is left late so that red still reads as "error" first.
 */
public final class Palette {
    private static final int[] RGB = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x808080};

    public static final Color ERROR = new Color(0xC62828);
    public static final Color GRID = new Color(0xE3E6EA);
    public static final Color AXIS_TEXT = new Color(0x57606A);

    private Palette() {
    }

    public static int size() {
        return RGB.length;
    }

    public static int rgb(int index) {
        return RGB[Math.floorMod(index, RGB.length)];
    }

    public static Color awt(int index) {
        return new Color(rgb(index));
    }

    public static Color awt(int index, double alpha) {
        int rgb = rgb(index);
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, (int) Math.round(alpha * 255));
    }

    public static javafx.scene.paint.Color fx(int index) {
        int rgb = rgb(index);
        return javafx.scene.paint.Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
