package org.perceptra.ui.palette;

import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerKind;

/** A row of the palette list: a family heading, or a layer kind under it. */
sealed interface PaletteEntry {
    record Heading(LayerFamily family) implements PaletteEntry {
    }

    record Kind(LayerKind kind) implements PaletteEntry {
    }
}
