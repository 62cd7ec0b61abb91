package org.perceptra.ui.palette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.model.LayerCatalog;
import org.perceptra.model.LayerFamily;

class PaletteFilterTest {
    private final PaletteFilter filter = new PaletteFilter(LayerCatalog.standard().byFamily());

    @Test
    void anEmptySearchListsEveryKindUnderItsFamilyInPaletteOrder() {
        List<PaletteEntry> all = filter.entries("");
        assertThat(all.stream().filter(PaletteEntry.Kind.class::isInstance)).hasSize(LayerCatalog.standard().all().size());
        assertThat(all.stream().filter(PaletteEntry.Heading.class::isInstance).map(e -> ((PaletteEntry.Heading) e).family()))
                .containsExactly(LayerFamily.values());
        assertThat(all.get(0)).isEqualTo(new PaletteEntry.Heading(LayerFamily.INPUT));
    }

    @Test
    void searchMatchesNamesAndDescriptionsAndKeepsOnlyFamiliesWithMatches() {
        List<PaletteEntry> pool = filter.entries("POOL");
        assertThat(pool).first().isEqualTo(new PaletteEntry.Heading(LayerFamily.POOLING));
        assertThat(pool.stream().filter(PaletteEntry.Kind.class::isInstance).map(e -> ((PaletteEntry.Kind) e).kind().id()))
                .contains("MaxPool2D", "AvgPool2D", "GlobalAveragePool2D");
    }

    @Test
    void everyWordMustMatchAndNonsenseMatchesNothing() {
        assertThat(filter.entries("max pool").stream().filter(PaletteEntry.Kind.class::isInstance)
                .map(e -> ((PaletteEntry.Kind) e).kind().id())).containsExactly("MaxPool2D");
        assertThat(filter.entries("zzqx")).isEmpty();
    }
}
