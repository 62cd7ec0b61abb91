package org.perceptra.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.model.Graphs.graph;
import static org.perceptra.model.Graphs.id;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.model.layers.StandardLayers;

class ValidatorStructureTest {

    private static List<Diagnostic> diagnostics(NetworkGraph g) {
        return Validator.analyze(g).diagnostics();
    }

    private static List<String> codes(NetworkGraph g) {
        return diagnostics(g).stream().map(Diagnostic::code).toList();
    }

    @Test
    void wellWiredClassifierHasNoDiagnostics() {
        GraphAnalysis a = Validator.analyze(Graphs.classifier().build());

        assertThat(a.diagnostics()).isEmpty();
        assertThat(a.nodes().values()).allMatch(NodeAnalysis::hasOutput);
    }

    @Test
    void emptyGraphGivesOneErrorInPlainWords() {
        List<Diagnostic> d = diagnostics(NetworkGraph.empty());

        assertThat(d).singleElement().satisfies(error -> {
            assertThat(error.severity()).isEqualTo(Severity.ERROR);
            assertThat(error.code()).isEqualTo("empty");
            assertThat(error.node()).isNull();
            assertThat(error.message()).isEqualTo("The network has no layers yet, so there is nothing to train.");
            assertThat(error.fix()).contains("Input", "Output");
        });
        assertThat(Validator.analyze(NetworkGraph.empty()).hasErrors()).isTrue();
    }

    @Test
    void loopOfWiresNamesItsNodesInOrder() {
        NetworkGraph g = graph().input("input_1", 4).dense("dense_1", 8).dense("dense_2", 8).dense("dense_3", 8)
                .output("output_1", 3, "softmax", "categorical_crossentropy")
                .chain("input_1", "dense_1", "dense_2", "dense_3", "output_1").chain("dense_3", "dense_2").build();

        List<Diagnostic> cycles = diagnostics(g).stream().filter(d -> d.code().equals("cycle")).toList();

        assertThat(cycles).singleElement().satisfies(c -> {
            assertThat(c.isError()).isTrue();
            assertThat(c.node()).isEqualTo(id("dense_2"));
            assertThat(c.message()).contains("dense_2 → dense_3 → dense_2");
            assertThat(c.fix()).contains("dense_3 → dense_2");
        });
    }

    @Test
    void twoSeparateLoopsGiveOneDiagnosticEach() {
        NetworkGraph g = graph().dense("a", 2).dense("b", 2).dense("c", 2).dense("d", 2)
                .chain("a", "b", "a").chain("c", "d", "c").build();

        assertThat(codes(g)).filteredOn("cycle"::equals).hasSize(2);
    }

    @Test
    void isolatedDenseReceivesNoInputAsAnError() {
        NetworkGraph g = Graphs.classifier().dense("dense_3", 4).build();

        assertThat(diagnostics(g)).filteredOn(d -> id("dense_3").equals(d.node())).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("not-connected");
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).contains("dense_3").contains("receives no input");
        });
    }

    @Test
    void denseFeedingOthersButFedByNothingReceivesNoInput() {
        NetworkGraph g = graph().input("input_1", 4).dense("dense_3", 4).output("output_1", 3, "softmax",
                "categorical_crossentropy").chain("dense_3", "output_1").build();

        assertThat(diagnostics(g)).anySatisfy(d -> {
            assertThat(d.node()).isEqualTo(id("dense_3"));
            assertThat(d.message()).isEqualTo("dense_3 receives no input.");
            assertThat(d.isError()).isTrue();
        });
    }

    @Test
    void unwiredSecondInputIsOnlyAWarning() {
        NetworkGraph g = Graphs.classifier().input("input_2", 4).build();

        assertThat(diagnostics(g)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("not-connected");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.node()).isEqualTo(id("input_2"));
        });
    }

    @Test
    void layerWhoseResultGoesNowhereIsWarnedAsUnused() {
        NetworkGraph g = Graphs.classifier().dense("dense_2", 4).chain("dense_1", "dense_2").build();

        assertThat(diagnostics(g)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("not-connected");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("result is not used");
        });
    }

    @Test
    void graphWithoutInputIsAGraphLevelError() {
        NetworkGraph g = graph().dense("dense_1", 4).output("output_1", 3, "softmax", "categorical_crossentropy")
                .chain("dense_1", "output_1").build();

        assertThat(diagnostics(g)).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("no-input");
            assertThat(d.node()).isNull();
            assertThat(d.isError()).isTrue();
        });
    }

    @Test
    void graphWithoutOutputIsAnError() {
        NetworkGraph g = graph().input("input_1", 4).dense("dense_1", 4).chain("input_1", "dense_1").build();

        assertThat(diagnostics(g)).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("no-output");
            assertThat(d.isError()).isTrue();
        });
    }

    @Test
    void twoOutputsAreRefusedBecauseOneHeadIsTrained() {
        NetworkGraph g = Graphs.classifier().output("output_2", 3, "softmax", "categorical_crossentropy")
                .chain("dense_1", "output_2").build();

        assertThat(diagnostics(g)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("several-outputs");
            assertThat(d.message()).contains("output_1, output_2").contains("Perceptra trains one output head");
        });
    }

    @Test
    void outputFedOnlyByADisconnectedBranchIsUnreachable() {
        NetworkGraph g = graph().input("input_1", 4).dense("dense_1", 4).dense("dense_2", 4).dense("dense_3", 4)
                .output("output_1", 3, "softmax", "categorical_crossentropy")
                .chain("input_1", "dense_1").chain("dense_2", "dense_3", "dense_2").chain("dense_3", "output_1").build();

        assertThat(diagnostics(g)).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("unreachable-output");
            assertThat(d.node()).isEqualTo(id("output_1"));
            assertThat(d.isError()).isTrue();
        });
    }

    @Test
    void errorsComeBeforeWarningsAndFollowGraphOrder() {
        // dense_9 is unused (warning, first in graph order); dense_2 and dense_3 receive nothing (errors).
        NetworkGraph g = graph().input("input_1", 4).dense("dense_9", 4).dense("dense_3", 4).dense("dense_2", 4)
                .output("output_1", 3, "softmax", "categorical_crossentropy")
                .chain("input_1", "dense_9").chain("dense_3", "output_1").chain("dense_2", "output_1").build();

        List<Diagnostic> d = diagnostics(g);

        assertThat(d).extracting(Diagnostic::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(d.stream().filter(x -> x.code().equals("not-connected")).map(Diagnostic::node).toList())
                .containsExactly(id("dense_3"), id("dense_2"), id("dense_9"));
    }

    @Test
    void addWithOneInputReportsItsInputCount() {
        NetworkGraph g = graph().input("input_1", 4).node("add_1", StandardLayers.ADD)
                .output("output_1", 3, "softmax", "categorical_crossentropy").chain("input_1", "add_1", "output_1").build();

        assertThat(diagnostics(g)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("input-count");
            assertThat(d.message()).contains("at least 2 inputs");
        });
    }

    @Test
    void unwiredAddIsReportedOnceAsNotConnected() {
        NetworkGraph g = Graphs.classifier().node("add_1", StandardLayers.ADD).build();

        assertThat(diagnostics(g)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("not-connected");
            assertThat(d.node()).isEqualTo(id("add_1"));
        });
    }
}
