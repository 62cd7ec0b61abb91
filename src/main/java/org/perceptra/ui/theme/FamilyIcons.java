package org.perceptra.ui.theme;

import java.util.EnumMap;
import java.util.Map;
import org.perceptra.model.LayerFamily;

/**
 * One Ikonli icon per layer family, beside the family colour, so that a family is recognisable without
 * relying on colour alone (colour-blind students, grey projectors). Icon literals of the materialdesign2 pack.
 */
public final class FamilyIcons {
    private static final Map<LayerFamily, String> ICONS = new EnumMap<>(LayerFamily.class);

    static {
        ICONS.put(LayerFamily.INPUT, "mdi2l-login-variant");
        ICONS.put(LayerFamily.CORE, "mdi2v-vector-polyline");
        ICONS.put(LayerFamily.CONVOLUTION, "mdi2g-grid");
        ICONS.put(LayerFamily.POOLING, "mdi2a-arrow-collapse-all");
        ICONS.put(LayerFamily.NORMALIZATION, "mdi2s-scale-balance");
        ICONS.put(LayerFamily.REGULARIZATION, "mdi2w-water-off");
        ICONS.put(LayerFamily.RECURRENT, "mdi2r-repeat");
        ICONS.put(LayerFamily.ATTENTION, "mdi2e-eye-outline");
        ICONS.put(LayerFamily.MERGE, "mdi2c-call-merge");
        ICONS.put(LayerFamily.OUTPUT, "mdi2f-flag-checkered");
    }

    private FamilyIcons() {
    }

    /** The icon literal, e.g. {@code mdi2g-grid}, for {@code new FontIcon(literal)}. */
    public static String literal(LayerFamily family) {
        return ICONS.get(family);
    }
}
