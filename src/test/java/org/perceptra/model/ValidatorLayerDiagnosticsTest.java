package org.perceptra.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.model.Graphs.graph;
import static org.perceptra.model.Graphs.id;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.model.layers.StandardLayers;

/** Per-layer problems found by shape inference and the Output's loss checks, as the Validator reports them. */
class ValidatorLayerDiagnosticsTest {

    private static List<Diagnostic> diagnostics(Graphs g) {
        return Validator.analyze(g.build()).diagnostics();
    }

    /** Input [4] -> Output with the given head. */
    private static Graphs head(int units, String activation, String loss) {
        return graph().input("input_1", 4).output("output_1", units, activation, loss).chain("input_1", "output_1");
    }

    @Test
    void addOfDifferentShapesNamesBothShapes() {
        Graphs g = graph().input("input_1", 4).dense("dense_1", 8).dense("dense_2", 16).node("add_1", StandardLayers.ADD)
                .output("output_1", 3, "softmax", "categorical_crossentropy")
                .chain("input_1", "dense_1", "add_1", "output_1").chain("input_1", "dense_2", "add_1");

        assertThat(diagnostics(g)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("shape-mismatch");
            assertThat(d.node()).isEqualTo(id("add_1"));
            assertThat(d.message()).contains("[8]").contains("[16]");
        });
    }

    @Test
    void denseOnAnImageAsksForFlatten() {
        Graphs g = graph().input("input_1", 1, 28, 28).dense("dense_1", 8)
                .output("output_1", 3, "softmax", "categorical_crossentropy").chain("input_1", "dense_1", "output_1");

        assertThat(diagnostics(g)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("needs-flatten");
            assertThat(d.fix()).contains("Flatten");
        });
    }

    @Test
    void flattenedImageFeedsDenseWithoutComplaint() {
        Graphs g = graph().input("input_1", 1, 28, 28).node("flatten_1", StandardLayers.FLATTEN).dense("dense_1", 8)
                .output("output_1", 3, "softmax", "categorical_crossentropy")
                .chain("input_1", "flatten_1", "dense_1", "output_1");

        assertThat(diagnostics(g)).isEmpty();
    }

    @Test
    void denseWithTwoInputsReportsItsInputCount() {
        Graphs g = graph().input("input_1", 4).dense("dense_1", 4).dense("dense_2", 4).dense("dense_3", 4)
                .output("output_1", 3, "softmax", "categorical_crossentropy")
                .chain("input_1", "dense_1", "dense_3", "output_1").chain("input_1", "dense_2", "dense_3");

        assertThat(diagnostics(g)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("input-count");
            assertThat(d.node()).isEqualTo(id("dense_3"));
            assertThat(d.fix()).contains("Add or Concatenate");
        });
    }

    @Test
    void outOfRangeUnitsSayWhatIsAllowed() {
        NetworkGraph g = Graphs.classifier().build();
        LayerNode broken = g.node(id("dense_1")).withParam("units", 0);

        List<Diagnostic> d = Validator.analyze(g.withNode(broken)).diagnostics();

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("param-out-of-range");
            assertThat(x.fix()).contains("from 1 to");
        });
    }

    @Test
    void sigmoidWithTenClassCrossEntropyIsAnError() {
        assertThat(diagnostics(head(10, "sigmoid", "categorical_crossentropy"))).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("loss-mismatch");
            assertThat(d.isError()).isTrue();
            assertThat(d.fix()).contains("softmax");
        });
    }

    @Test
    void categoricalCrossEntropyOnOneUnitIsAnError() {
        assertThat(diagnostics(head(1, "softmax", "categorical_crossentropy")))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("at least 2"));
    }

    @Test
    void binaryCrossEntropyOnLinearOutputIsAnError() {
        assertThat(diagnostics(head(1, "linear", "binary_crossentropy"))).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("loss-mismatch");
            assertThat(d.isError()).isTrue();
        });
    }

    @Test
    void binaryCrossEntropyWithSoftmaxIsOnlyAWarning() {
        assertThat(diagnostics(head(3, "softmax", "binary_crossentropy"))).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void softmaxWithMeanSquaredErrorIsOnlyAWarning() {
        assertThat(diagnostics(head(3, "softmax", "mse"))).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("loss-mismatch");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void focalLossOnLinearOutputIsAnError() {
        assertThat(diagnostics(head(3, "linear", "focal"))).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("Focal"));
    }

    @Test
    void sigmoidWithBinaryCrossEntropyOnOneUnitIsFine() {
        assertThat(diagnostics(head(1, "sigmoid", "binary_crossentropy"))).isEmpty();
    }

    @Test
    void layerAfterAnErrorGetsNoShapeAndNoSecondComplaint() {
        Graphs g = graph().input("input_1", 1, 8, 8).dense("dense_1", 8).dense("dense_2", 8)
                .output("output_1", 3, "softmax", "categorical_crossentropy")
                .chain("input_1", "dense_1", "dense_2", "output_1");

        GraphAnalysis a = Validator.analyze(g.build());

        assertThat(a.diagnostics()).extracting(Diagnostic::node).containsExactly(id("dense_1"));
        assertThat(a.node(id("dense_2")).orElseThrow().hasOutput()).isFalse();
    }

    @Test
    void badInputShapeParameterIsReportedOnTheInput() {
        NetworkGraph g = Graphs.classifier().build();
        LayerNode input = g.node(id("input_1"));
        LayerNode broken = input.withParams(Params.of(Map.of("shape", List.of(0))));

        assertThat(Validator.analyze(g.withNode(broken)).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.node()).isEqualTo(id("input_1")));
    }

    @Test
    void missingParameterValueIsReportedNotThrown() {
        NetworkGraph g = Graphs.classifier().build();
        java.util.Map<String, Object> values = new java.util.HashMap<>(g.node(id("dense_1")).params().asMap());
        values.put("units", null); // what a project file with "units": null would give

        List<Diagnostic> d = Validator.analyze(g.withNode(g.node(id("dense_1")).withParams(Params.of(values)))).diagnostics();

        assertThat(d).singleElement().satisfies(x -> assertThat(x.code()).isEqualTo("param-out-of-range"));
    }
}
