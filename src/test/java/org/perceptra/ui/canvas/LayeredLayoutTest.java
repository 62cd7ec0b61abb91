package org.perceptra.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perceptra.model.Connection;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.Position;
import org.perceptra.model.layers.StandardLayers;
import org.perceptra.project.ProjectFiles;

class LayeredLayoutTest {
    private final LayeredLayout layout = new LayeredLayout(260, 140);

    static Stream<Path> samples() throws Exception {
        return Files.list(Path.of("sample-projects")).filter(p -> p.toString().endsWith(".perceptra")).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyWireRunsLeftToRightAndNoTwoLayersShareASpot(Path sample) throws Exception {
        NetworkGraph graph = ProjectFiles.load(sample).graph();
        Map<NodeId, Position> at = layout.arrange(graph, new Position(40, 60));

        assertThat(at.keySet()).isEqualTo(graph.nodeIds());
        for (Connection c : graph.connections()) {
            assertThat(at.get(c.from()).x()).as("%s", c).isLessThan(at.get(c.to()).x());
        }
        assertThat(new HashSet<>(at.values())).hasSize(graph.size());
        assertThat(at.values().stream().mapToDouble(Position::x).min().orElseThrow()).isEqualTo(40);
    }

    @Test
    void aSkipConnectionPutsTheMergeAfterItsLongestInput() {
        // in -> a -> b -> add, and in -> add: add goes in column 3, not 1.
        NetworkGraph g = graph(List.of("in", "a", "b", "add"), "in>a", "a>b", "b>add", "in>add");
        Map<NodeId, Position> at = layout.arrange(g, Position.ORIGIN);
        assertThat(at.get(NodeId.of("add")).x()).isEqualTo(3 * 260);
    }

    @Test
    void parallelBranchesStackInOneColumnCentredOnTheOthers() {
        NetworkGraph g = graph(List.of("in", "left", "right", "join"), "in>left", "in>right", "left>join", "right>join");
        Map<NodeId, Position> at = layout.arrange(g, Position.ORIGIN);
        assertThat(at.get(NodeId.of("left")).x()).isEqualTo(at.get(NodeId.of("right")).x());
        assertThat(Math.abs(at.get(NodeId.of("left")).y() - at.get(NodeId.of("right")).y())).isEqualTo(140);
        assertThat(at.get(NodeId.of("in")).y()).isEqualTo(70); // half a row down: centred on the two
    }

    @Test
    void aLoopLeftWhileEditingStillGetsPositions() {
        NetworkGraph g = graph(List.of("a", "b", "c"), "a>b", "b>c", "c>a");
        Map<NodeId, Position> at = layout.arrange(g, Position.ORIGIN);
        assertThat(at).hasSize(3);
        Set<Position> distinct = new HashSet<>(at.values());
        assertThat(distinct).hasSize(3);
    }

    private static NetworkGraph graph(List<String> ids, String... wires) {
        List<LayerNode> nodes = ids.stream().map(id -> LayerNode.of(id, StandardLayers.DENSE)).toList();
        List<Connection> cs = Stream.of(wires).map(w -> w.split(">"))
                .map(p -> new Connection(NodeId.of(p[0]), NodeId.of(p[1]))).toList();
        return NetworkGraph.of(nodes, cs);
    }
}
