package org.perceptra.report;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.perceptra.model.LayerFamily;

/**
 * The canvas's family colours as AWT colours, for pictures drawn without JavaFX. The values are those of
 * {@code ui.theme.FamilyColors} (Okabe-Ito based, red kept for errors); {@code FamilyPaletteTest} fails when
 * the two drift apart, since the report package may not depend on the JavaFX one.
 */
public final class FamilyPalette {
    /** The only red: errors. */
    public static final Color ERROR = new Color(0xD62728);
    /** Warnings: amber, always with a symbol so it never relies on colour alone. */
    public static final Color WARNING = new Color(0xE8A400);

    private static final Map<LayerFamily, Color> COLORS = new EnumMap<>(LayerFamily.class);

    static {
        COLORS.put(LayerFamily.INPUT, new Color(0x009E73));
        COLORS.put(LayerFamily.CORE, new Color(0x0072B2));
        COLORS.put(LayerFamily.CONVOLUTION, new Color(0xCC79A7));
        COLORS.put(LayerFamily.POOLING, new Color(0x56B4E9));
        COLORS.put(LayerFamily.NORMALIZATION, new Color(0xE69F00));
        COLORS.put(LayerFamily.REGULARIZATION, new Color(0x8C8C8C));
        COLORS.put(LayerFamily.RECURRENT, new Color(0x8C6D31));
        COLORS.put(LayerFamily.ATTENTION, new Color(0x6A3D9A));
        COLORS.put(LayerFamily.MERGE, new Color(0xF0E442));
        COLORS.put(LayerFamily.OUTPUT, new Color(0x332288));
    }

    private FamilyPalette() {
    }

    public static Color of(LayerFamily family) {
        return COLORS.get(family);
    }

    /** {@code #0072B2}: the CSS form. */
    public static String hex(LayerFamily family) {
        return hex(of(family));
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** Black or white, whichever reads better on the family colour (WCAG relative luminance, as the canvas). */
    public static Color textOn(LayerFamily family) {
        Color c = of(family);
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return l > 0.22 ? Color.BLACK : Color.WHITE;
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
