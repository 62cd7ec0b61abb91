package org.perceptra.ui.shell;

/**
 * The base text size in pixels, which every piece's em-based sizes follow. The largest steps are for a
 * classroom projector seen from the back row.
 */
public final class FontSize {
    public static final int DEFAULT = 14;
    public static final int MIN = 10;
    public static final int MAX = 28;
    private static final int STEP = 2;

    private FontSize() {
    }

    public static int larger(int size) {
        return clamp(size + STEP);
    }

    public static int smaller(int size) {
        return clamp(size - STEP);
    }

    public static int clamp(int size) {
        return Math.max(MIN, Math.min(MAX, size));
    }
}
