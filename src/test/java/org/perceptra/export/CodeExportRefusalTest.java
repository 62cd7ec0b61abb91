package org.perceptra.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.export.OnnxKindsExportTest.Net;
import org.perceptra.model.LayerKind;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.layers.StandardLayers;

/** Every kind of the catalogue exports to ND4J and Java; one added later without a translation is named. */
class CodeExportRefusalTest {
    @Test
    void everyCatalogueKindHasAJavaTranslation() {
        for (LayerKind kind : StandardLayers.all()) {
            if (!kind.id().equals("Input")) {
                assertThat(JavaLayers.supports(kind.id())).as(kind.id()).isTrue();
            }
        }
    }

    @Test
    void aKindWithoutATranslationIsRefusedByLayerAndKind() {
        NetworkGraph graph = Net.input(4)
                .then("novel", new OnnxKindsExportTest.Unexportable(), Map.of())
                .then("output", StandardLayers.OUTPUT, Map.of("units", 1, "activation", "linear", "loss", "mse"))
                .graph();

        assertThat(JavaExport.refusals(graph)).singleElement().asString()
                .startsWith("The layer 'novel' (Novelty) cannot be exported to Java: the Java export covers Activation, ");
        assertThat(Nd4jExport.refusals(graph)).singleElement().asString()
                .startsWith("The layer 'novel' (Novelty) cannot be exported to ND4J: ");
    }
}
