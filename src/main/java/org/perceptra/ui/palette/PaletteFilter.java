package org.perceptra.ui.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerKind;

/**
 * What the palette lists for a search text: the kinds whose name, family or description contains every
 * word typed, under their family headings, families in catalogue order. An empty search lists everything.
 */
final class PaletteFilter {
    private final Map<LayerFamily, List<LayerKind>> byFamily;

    PaletteFilter(Map<LayerFamily, List<LayerKind>> byFamily) {
        this.byFamily = byFamily;
    }

    List<PaletteEntry> entries(String search) {
        String[] words = search == null ? new String[0] : search.trim().toLowerCase(Locale.ROOT).split("\\s+");
        List<PaletteEntry> out = new ArrayList<>();
        for (Map.Entry<LayerFamily, List<LayerKind>> family : byFamily.entrySet()) {
            List<LayerKind> matching = family.getValue().stream().filter(k -> matches(k, words)).toList();
            if (!matching.isEmpty()) {
                out.add(new PaletteEntry.Heading(family.getKey()));
                matching.forEach(k -> out.add(new PaletteEntry.Kind(k)));
            }
        }
        return out;
    }

    private static boolean matches(LayerKind kind, String[] words) {
        String text = (kind.displayName() + " " + kind.id() + " " + kind.family().title() + " " + kind.description())
                .toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!w.isEmpty() && !text.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
