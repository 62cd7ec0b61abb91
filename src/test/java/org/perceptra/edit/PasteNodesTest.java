package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.edit.Sample.DENSE;
import static org.perceptra.edit.Sample.OUTPUT;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perceptra.model.Connection;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.project.Project;

/** Pasting copies layers under fresh ids and keeps only the wires inside the copied selection. */
class PasteNodesTest {
    private static final NodeId DENSE_2 = NodeId.of("dense_2");
    private static final NodeId OUTPUT_1 = NodeId.of("output_1");
    private final Project start = Sample.chain();
    private final PasteNodes paste = PasteNodes.copyOf(start.graph(), Set.of(DENSE, OUTPUT), 40, 30);

    @Test
    void pastedLayersGetFreshIdsAndKeepOnlyTheirInternalWires() {
        NetworkGraph g = paste.apply(start).graph();

        assertThat(g.nodeIds()).contains(DENSE_2, OUTPUT_1).hasSize(start.graph().size() + 2);
        assertThat(g.connections()).containsSubsequence(start.graph().connections())
                .contains(new Connection(DENSE_2, OUTPUT_1)).hasSize(start.graph().connections().size() + 1);
    }

    @Test
    void pastedLayersAreOffsetFromTheOriginals() {
        NetworkGraph g = paste.apply(start).graph();
        assertThat(g.node(DENSE_2).position()).isEqualTo(new Position(40, 130));
    }

    @Test
    void newIdsTellTheCanvasWhichLayersWerePasted() {
        assertThat(paste.newIds(start.graph())).containsExactly(Map.entry(DENSE, DENSE_2), Map.entry(OUTPUT, OUTPUT_1));
    }

    @Test
    void pastingTwiceGivesTwoDistinctCopies() {
        Document doc = new Document(start);
        doc.execute(paste);
        doc.execute(paste);
        assertThat(doc.project().graph().nodeIds()).contains(NodeId.of("dense_3"), NodeId.of("output_2"));
        assertThat(doc.project().graph().isConnected(NodeId.of("dense_3"), NodeId.of("output_2"))).isTrue();
    }

    @Test
    void aChosenNameIsKeptWhileADefaultNameFollowsTheNewId() {
        Project named = new RenameNode(OUTPUT, "prediction").apply(start);
        NetworkGraph g = PasteNodes.copyOf(named.graph(), Set.of(DENSE, OUTPUT), 0, 0).apply(named).graph();
        assertThat(g.node(DENSE_2).name()).isEqualTo("dense_2");
        assertThat(g.node(OUTPUT_1).name()).isEqualTo("prediction");
    }
}
