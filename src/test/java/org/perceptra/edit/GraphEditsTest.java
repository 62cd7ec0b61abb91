package org.perceptra.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perceptra.edit.Sample.DENSE;
import static org.perceptra.edit.Sample.INPUT;
import static org.perceptra.edit.Sample.OUTPUT;
import static org.perceptra.edit.Sample.SPARE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.layers.StandardLayers;
import org.perceptra.project.Project;

/** What each graph edit does to the network when it is allowed. */
class GraphEditsTest {
    private final Project start = Sample.chain();

    @Test
    void addNodeAddsAnUnwiredLayer() {
        NetworkGraph g = new AddNode(Sample.dense("dense_2")).apply(start).graph();
        assertThat(g.contains(NodeId.of("dense_2"))).isTrue();
        assertThat(g.connections()).isEqualTo(start.graph().connections());
    }

    @Test
    void removeNodesTakesTheirWiresInTheSameStep() {
        NetworkGraph g = RemoveNodes.of(DENSE).apply(start).graph();
        assertThat(g.contains(DENSE)).isFalse();
        assertThat(g.connections()).isEmpty();
    }

    @Test
    void undoOfRemoveRestoresWiresInTheirOriginalOrder() {
        NodeId a = NodeId.of("a");
        NodeId b = NodeId.of("b");
        NodeId add = NodeId.of("add");
        List<Connection> wires = List.of(new Connection(INPUT, a), new Connection(INPUT, b),
                new Connection(b, add), new Connection(a, add), new Connection(add, OUTPUT));
        Project merge = start.withGraph(NetworkGraph.of(List.of(
                Sample.dense("a"), Sample.dense("b"), start.graph().node(INPUT), start.graph().node(OUTPUT),
                LayerNode.of("add", StandardLayers.ADD)), wires));
        Document doc = new Document(merge);

        doc.execute(RemoveNodes.of(b, a));
        doc.undo();

        assertThat(doc.project().graph().connections()).containsExactlyElementsOf(wires);
        assertThat(doc.project().graph().inputsOf(add)).containsExactly(b, a);
    }

    @Test
    void connectAddsTheWire() {
        assertThat(new Connect(DENSE, SPARE).apply(start).graph().isConnected(DENSE, SPARE)).isTrue();
    }

    @Test
    void disconnectRemovesOnlyThatWire() {
        NetworkGraph g = new Disconnect(INPUT, DENSE).apply(start).graph();
        assertThat(g.connections()).containsExactly(new Connection(DENSE, OUTPUT));
        assertThat(g.size()).isEqualTo(start.graph().size());
    }

    @Test
    void moveNodesPutsEveryLayerAtItsNewPosition() {
        NetworkGraph g = new MoveNodes(Map.of(DENSE, new Position(5, 6), SPARE, new Position(7, 8))).apply(start).graph();
        assertThat(g.node(DENSE).position()).isEqualTo(new Position(5, 6));
        assertThat(g.node(SPARE).position()).isEqualTo(new Position(7, 8));
        assertThat(g.node(OUTPUT).position()).isEqualTo(start.graph().node(OUTPUT).position());
    }

    @Test
    void setParamStoresTheCoercedValue() {
        Project p = new SetParam(DENSE, "units", " 64 ").apply(start);
        assertThat(p.graph().node(DENSE).params().get("units")).isEqualTo(64);
    }

    @Test
    void setParamsSetsAllValuesAtOnce() {
        Project p = new SetParams(DENSE, Map.of("units", "8", "activation", "TANH")).apply(start);
        assertThat(Sample.units(p, DENSE)).isEqualTo(8);
        assertThat(p.graph().node(DENSE).params().getString("activation")).isEqualTo("tanh");
    }

    @Test
    void renameTrimsTheNameAndKeepsTheIdAndWires() {
        NetworkGraph g = new RenameNode(DENSE, "  hidden ").apply(start).graph();
        assertThat(g.node(DENSE).name()).isEqualTo("hidden");
        assertThat(g.connections()).isEqualTo(start.graph().connections());
    }

    @Test
    void addConnectedAddsTheLayerWiredAfterTheAnchorBelowIt() {
        AddConnected edit = AddConnected.newLayer(start.graph(), StandardLayers.DENSE, SPARE, 0, 100);
        NetworkGraph g = edit.apply(start).graph();
        NodeId added = NodeId.of("dense_2");
        assertThat(edit.node().id()).isEqualTo(added);
        assertThat(g.inputsOf(added)).containsExactly(SPARE);
        assertThat(g.node(added).position()).isEqualTo(new Position(200, 200));
    }
}
