package org.perceptra.model.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perceptra.model.LayerCatalog;
import org.perceptra.model.LayerFamily;
import org.perceptra.model.LayerKind;
import org.perceptra.model.ParamSpec;

class CatalogueTest {
    static Stream<LayerKind> kinds() {
        return StandardLayers.all().stream();
    }

    @Test
    void paletteListsEveryKindInOrder() {
        assertThat(LayerCatalog.standard().ids()).containsExactly("Input",
                "Dense", "Activation", "Flatten", "Reshape",
                "Conv2D",
                "MaxPool2D", "AvgPool2D", "GlobalAveragePool2D",
                "BatchNorm", "LayerNorm",
                "Dropout",
                "Embedding", "SimpleRNN", "LSTM", "GRU",
                "PositionalEncoding", "MultiHeadSelfAttention",
                "Add", "Concatenate",
                "Output");
    }

    @Test
    void familiesGroupThePalette() {
        var families = LayerCatalog.standard().byFamily();

        assertThat(families.get(LayerFamily.POOLING)).extracting(LayerKind::id)
                .containsExactly("MaxPool2D", "AvgPool2D", "GlobalAveragePool2D");
        assertThat(families.get(LayerFamily.RECURRENT)).extracting(LayerKind::id)
                .containsExactly("SimpleRNN", "LSTM", "GRU");
        assertThat(families.get(LayerFamily.ATTENTION)).extracting(LayerKind::id)
                .containsExactly("PositionalEncoding", "MultiHeadSelfAttention");
        assertThat(families.get(LayerFamily.MERGE)).extracting(LayerKind::id).containsExactly("Add", "Concatenate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyKindDescribesItself(LayerKind kind) {
        assertThat(kind.displayName()).isNotBlank();
        assertThat(kind.description()).isNotBlank().endsWith(".");
        assertThat(kind.formula()).isNotBlank();
        assertThat(kind.minInputs()).isBetween(0, kind.maxInputs());
        assertThat(kind.namePrefix()).matches("[a-z][a-z0-9_]*");
        assertThat(kind.summary(kind.defaults())).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyParameterIsDeclaredForStudents(LayerKind kind) {
        List<ParamSpec> params = kind.params();

        assertThat(params).extracting(ParamSpec::name).doesNotHaveDuplicates();
        for (ParamSpec p : params) {
            assertThat(p.name()).as(kind + "." + p.name()).matches("[a-z][A-Za-z0-9]*");
            assertThat(p.label()).as(kind + "." + p.name()).isNotBlank();
            assertThat(p.description()).as(kind + "." + p.name()).isNotBlank().endsWith(".");
            assertThat(p.check(p.defaultValue())).as(kind + "." + p.name() + " default").isEmpty();
        }
    }

    @Test
    void mergesTakeManyInputsAndOthersOne() {
        assertThat(StandardLayers.INPUT.maxInputs()).isZero();
        assertThat(StandardLayers.CONCATENATE.minInputs()).isEqualTo(2);
        assertThat(StandardLayers.CONCATENATE.maxInputs()).isEqualTo(Integer.MAX_VALUE);
        kinds().filter(k -> k.family() != LayerFamily.MERGE && k.family() != LayerFamily.INPUT)
                .forEach(k -> assertThat(k.maxInputs()).as(k.id()).isEqualTo(1));
    }
}
