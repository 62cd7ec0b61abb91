package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;

/** The node's {@code frozen} flag: written only when true, read back equal, absent in older files means false. */
class FrozenFlagTest {
    private static final NodeId DENSE_2 = NodeId.of("dense_2");

    @Test
    void aFrozenNodeSavesItsFlagAndLoadsBackEqual() throws Exception {
        Project p = ProjectFixtures.mlpSpiral();
        NetworkGraph g = p.graph().withNode(p.graph().node(DENSE_2).withFrozen(true));
        Project frozen = p.withGraph(g);

        String json = ProjectJson.toJson(frozen);

        assertThat(json).containsOnlyOnce("\"frozen\": true");
        assertThat(ProjectJson.fromJson(json, java.nio.file.Path.of("p.perceptra"))).isEqualTo(frozen);
        assertThat(ProjectJson.fromJson(json, java.nio.file.Path.of("p.perceptra")).graph().node(DENSE_2).frozen()).isTrue();
    }

    @Test
    void filesWithoutFrozenLayersHaveNoFrozenFieldAndOldFilesLoadUnfrozen() throws Exception {
        String json = ProjectJson.toJson(ProjectFixtures.mlpSpiral());

        assertThat(json).doesNotContain("frozen");
        assertThat(ProjectJson.fromJson(json, java.nio.file.Path.of("p.perceptra")).graph().nodes()).noneMatch(n -> n.frozen());
    }

    @Test
    void aFrozenFlagThatIsNotTrueOrFalseIsRefusedAtItsPlace() {
        ProjectFileException e = Broken.load(Broken.withGraph("""
                {"nodes": [{"id": "input", "kind": "Input", "frozen": "yes"}], "connections": []}
                """));

        assertThat(e.problem()).startsWith("frozen must be true or false, not");
        assertThat(e.where()).contains("frozen");
    }
}
