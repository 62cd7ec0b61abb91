package org.perceptra.ui.theme;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.perceptra.model.LayerFamily;

/**
 * One colour per layer family, used by the canvas, the palette and the thumbnails alike. Based on the
 * Okabe-Ito colour-blind-safe palette; pure red is kept out so that red means "error" and nothing else.
 */
public final class FamilyColors {
    /** The only red in the product: errors. */
    public static final Color ERROR = Color.web("#D62728");
    /** Warnings: amber, always paired with an icon so it never relies on colour alone. */
    public static final Color WARNING = Color.web("#E8A400");

    private static final Map<LayerFamily, Color> COLORS = new EnumMap<>(LayerFamily.class);

    static {
        COLORS.put(LayerFamily.INPUT, Color.web("#009E73"));
        COLORS.put(LayerFamily.CORE, Color.web("#0072B2"));
        COLORS.put(LayerFamily.CONVOLUTION, Color.web("#CC79A7"));
        COLORS.put(LayerFamily.POOLING, Color.web("#56B4E9"));
        COLORS.put(LayerFamily.NORMALIZATION, Color.web("#E69F00"));
        COLORS.put(LayerFamily.REGULARIZATION, Color.web("#8C8C8C"));
        COLORS.put(LayerFamily.RECURRENT, Color.web("#8C6D31"));
        COLORS.put(LayerFamily.ATTENTION, Color.web("#6A3D9A"));
        COLORS.put(LayerFamily.MERGE, Color.web("#F0E442"));
        COLORS.put(LayerFamily.OUTPUT, Color.web("#332288"));
    }

    private FamilyColors() {
    }

    public static Color of(LayerFamily family) {
        return COLORS.get(family);
    }

    /** CSS form, e.g. {@code #0072B2}, for style sheets and inline styles. */
    public static String hex(LayerFamily family) {
        Color c = of(family);
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** Black or white, whichever reads better on the family colour (WCAG relative luminance). */
    public static Color textOn(LayerFamily family) {
        Color c = of(family);
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return l > 0.22 ? Color.BLACK : Color.WHITE;
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
