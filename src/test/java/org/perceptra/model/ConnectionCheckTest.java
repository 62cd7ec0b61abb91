package org.perceptra.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.model.Graphs.graph;
import static org.perceptra.model.Graphs.id;

import org.junit.jupiter.api.Test;
import org.perceptra.model.ConnectionCheck.Verdict;
import org.perceptra.model.layers.StandardLayers;

class ConnectionCheckTest {
    /** Input [4] -> dense_1 (8) -> output_1, plus a free dense_2 (16), dense_3 (8), add_1 and input_2. */
    private final NetworkGraph g = Graphs.classifier().dense("dense_2", 16).dense("dense_3", 8)
            .node("add_1", StandardLayers.ADD).input("input_2", 4).build();

    private Verdict check(String from, String to) {
        return ConnectionCheck.check(g, id(from), id(to));
    }

    @Test
    void wireFromInputToFreeDenseIsAllowedWithoutWarning() {
        Verdict v = check("input_1", "dense_2");

        assertThat(v.allowed()).isTrue();
        assertThat(v.warningText()).isEmpty();
    }

    @Test
    void selfConnectionIsRefused() {
        assertThat(check("dense_2", "dense_2").allowed()).isFalse();
    }

    @Test
    void secondIdenticalWireIsRefused() {
        assertThat(check("input_1", "dense_1").reason()).contains("already wired");
    }

    @Test
    void wireIntoAnInputIsRefused() {
        Verdict v = check("dense_2", "input_2");

        assertThat(v.allowed()).isFalse();
        assertThat(v.reason()).contains("(Input) takes no inputs");
    }

    @Test
    void wireIntoDenseThatAlreadyHasItsInputIsRefusedWithTheWayOut() {
        assertThat(check("input_2", "dense_1").reason())
                .isEqualTo("dense_1 (Dense) takes one input and already has one; remove the existing wire first or join them with Add/Concatenate.");
    }

    @Test
    void wireOutOfTheOutputIsRefused() {
        Verdict v = check("output_1", "dense_2");

        assertThat(v.allowed()).isFalse();
        assertThat(v.reason()).contains("end of the network");
    }

    @Test
    void wireThatClosesALoopIsRefused() {
        NetworkGraph chain = graph().input("input_1", 4).dense("dense_1", 4).dense("dense_2", 4)
                .chain("input_1", "dense_1", "dense_2").build();

        Verdict v = ConnectionCheck.check(chain, id("dense_2"), id("dense_1"));

        assertThat(v.allowed()).isFalse();
        assertThat(v.reason()).contains("loop").contains("dense_1 already leads to dense_2");
    }

    @Test
    void addOfMismatchedShapesIsAllowedButWarned() {
        NetworkGraph wired = g.withConnection(new Connection(id("input_1"), id("dense_2")))
                .withConnection(new Connection(id("dense_1"), id("add_1")));

        Verdict v = ConnectionCheck.check(wired, id("dense_2"), id("add_1"));

        assertThat(v.allowed()).isTrue();
        assertThat(v.warning()).contains("[8]").contains("[16]");
    }

    @Test
    void firstWireIntoAddIsNotJudgedYet() {
        assertThat(check("dense_1", "add_1").warningText()).isEmpty();
    }

    @Test
    void denseOnAnImageIsWarnedWhileDragging() {
        NetworkGraph images = graph().input("input_1", 1, 8, 8).dense("dense_1", 4).build();

        Verdict v = ConnectionCheck.check(images, id("input_1"), id("dense_1"));

        assertThat(v.allowed()).isTrue();
        assertThat(v.warning()).contains("Flatten");
    }

    @Test
    void checkWithKnownAnalysisAgreesWithTheSelfContainedOne() {
        GraphAnalysis current = Validator.analyze(g);

        for (String[] wire : new String[][] {{"input_1", "dense_2"}, {"output_1", "dense_2"}, {"dense_2", "input_2"}}) {
            assertThat(ConnectionCheck.check(g, id(wire[0]), id(wire[1]), current))
                    .isEqualTo(check(wire[0], wire[1]));
        }
    }
}
