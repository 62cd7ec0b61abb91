package org.perceptra.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perceptra.model.LayerFamily;
import org.perceptra.ui.theme.FamilyColors;

/** The report's copy of the canvas colours (it may not use JavaFX) must stay the canvas's colours. */
class FamilyPaletteTest {
    @Test
    void everyFamilyHasTheCanvasColourAndTextColour() {
        for (LayerFamily f : LayerFamily.values()) {
            assertThat(FamilyPalette.hex(f)).as(f.name()).isEqualTo(FamilyColors.hex(f));
            assertThat(FamilyPalette.textOn(f).equals(java.awt.Color.BLACK))
                    .as(f.name()).isEqualTo(FamilyColors.textOn(f).equals(javafx.scene.paint.Color.BLACK));
        }
        assertThat(FamilyPalette.hex(FamilyPalette.ERROR)).isEqualTo(hex(FamilyColors.ERROR));
        assertThat(FamilyPalette.hex(FamilyPalette.WARNING)).isEqualTo(hex(FamilyColors.WARNING));
    }

    private static String hex(javafx.scene.paint.Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
