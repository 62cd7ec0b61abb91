package org.perceptra.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

class RunHistoryTest {
    static RunRecord run(String id, String name) {
        NetworkGraph g = NetworkGraph.of(List.of(LayerNode.of("input", StandardLayers.INPUT).at(10, 20)), List.of());
        return new RunRecord(id, name, Instant.parse("2025-01-02T14:02:00Z"),
                TrainingSettings.defaults().withLearningRate(0.01), "completed", 2, 20, 1.5,
                List.of(new RunRecord.EpochFigures(1, Map.of("loss", 0.9, "val_loss", 1.0, "val_accuracy", 0.5)),
                        new RunRecord.EpochFigures(2, Map.of("loss", 0.5, "val_loss", 0.6, "val_accuracy", 0.8))),
                new float[] {1f, Float.NaN, 0.5f}, Map.of("validation", Map.of("loss", 0.6, "accuracy", 0.8)),
                List.of(new RunRecord.Adjustment(12, 1.5, "learning rate 0.01 → 0.001")), g);
    }

    @Test
    void aRunRecordedHereReadsBackWithEverythingItHeld() {
        String json = RunHistory.EMPTY.with(run("a", "Run 1 — Adam lr 0.01")).toJson();
        RunRecord back = RunHistory.parse(json).runs().get(0);

        assertThat(back.name()).isEqualTo("Run 1 — Adam lr 0.01");
        assertThat(back.started()).isEqualTo(Instant.parse("2025-01-02T14:02:00Z"));
        assertThat(back.settings()).isEqualTo(TrainingSettings.defaults().withLearningRate(0.01));
        assertThat(back.epochs()).hasSize(2);
        assertThat(back.lastEpochValue("val_accuracy")).contains(0.8);
        assertThat(back.stepLosses()).hasSize(3);
        assertThat(back.stepLosses()[1]).isNaN();
        assertThat(back.finalValue("validation", "accuracy")).contains(0.8);
        assertThat(back.adjustments()).containsExactly(new RunRecord.Adjustment(12, 1.5, "learning rate 0.01 → 0.001"));
        assertThat(back.graph()).isEqualTo(run("a", "x").graph());
    }

    @Test
    void runsSavedByTheCommandLineReadWithANameMadeFromTheirSettingsAndKeepTheirOtherFields() throws Exception {
        String cli = """
                [{"started":"2025-03-01T10:00:00Z","settings":{"optimizer":"SGD","learningRate":0.5,"momentum":0.9,
                "batchSize":32,"epochs":3,"seed":1,"schedule":{"type":"CONSTANT","stepEpochs":10,"factor":0.5,
                "warmupEpochs":0,"minLearningRate":0.0},"clipNorm":0.0,"clipValue":0.0,"weightDecay":0.0,
                "earlyStopping":{"enabled":false,"monitor":"val_loss","patience":10,"minDelta":0.0,"restoreBest":true}},
                "ending":"completed","epochsCompleted":1,"steps":4,"seconds":0.5,"stepsPerSecond":8,
                "epochs":[{"epoch":1,"loss":0.7,"val_loss":null}],"losses":[0.9,0.8,null,0.7],
                "final":{"test":{"samples":10,"loss":0.7,"confusion":[[1,2],[3,4]]}}}]""";
        RunHistory h = RunHistory.parse(cli);
        RunRecord r = h.runs().get(0);
        assertThat(r.name()).isEqualTo("Run 1 — SGD lr 0.5");
        assertThat(r.settings().optimizer()).isEqualTo(TrainingSettings.Optimizer.SGD);
        assertThat(r.epochs().get(0).get("val_loss")).isEmpty();
        assertThat(r.finalValue("test", "loss")).contains(0.7);

        String renamed = h.renamed(r.id(), "baseline").toJson();
        var tree = new ObjectMapper().readTree(renamed).get(0);
        assertThat(tree.get("name").asText()).isEqualTo("baseline");
        assertThat(tree.at("/final/test/confusion").toString()).isEqualTo("[[1,2],[3,4]]");
    }

    @Test
    void deletingOneRunKeepsTheOthersAndTheLastDeletionLeavesNoSection() {
        RunHistory h = RunHistory.EMPTY.with(run("a", "A")).with(run("b", "B"));
        assertThat(h.without("a").runs()).extracting(RunRecord::name).containsExactly("B");
        assertThat(h.without("a").without("b").toJson()).isNull();
        assertThat(h.without("nope").runs()).hasSize(2);
    }

    @Test
    void idsStayUniqueAndNamesCountOnFromTheHighestNumber() {
        RunHistory h = RunHistory.EMPTY.with(run("a", "Run 7 — Adam lr 0.1")).with(run("a", "other"));
        assertThat(h.runs()).extracting(RunRecord::id).containsExactly("a", "a-2");
        assertThat(h.nextName(TrainingSettings.defaults().withLearningRate(0.01))).isEqualTo("Run 8 — Adam lr 0.01");
        assertThat(RunHistory.EMPTY.nextName(TrainingSettings.defaults())).isEqualTo("Run 1 — Adam lr 0.001");
    }

    @Test
    void aSectionThatIsNoListOfRunsReadsAsEmpty() {
        assertThat(RunHistory.parse(null).runs()).isEmpty();
        assertThat(RunHistory.parse("{\"not\":\"runs\"}").runs()).isEmpty();
        assertThat(RunHistory.parse("[1, \"x\", {\"epochs\": 5}]").runs()).hasSize(1);
    }

    @Test
    void theHistorySurvivesSavingAndOpeningTheProject() throws Exception {
        Project p = Project.empty("p");
        p = p.withResults(p.results().withRunsJson(RunHistory.EMPTY.with(run("a", "A")).toJson()));
        Project back = ProjectJson.fromJson(ProjectJson.toJson(p), null);
        assertThat(RunHistory.of(back).runs()).extracting(RunRecord::name).containsExactly("A");
    }

    @Test
    void theConfusionMatrixTheCommandLineStoredIsReadBackOnlyWhenItIsASquareTableOfCounts() {
        String stored = "[{\"id\":\"a\",\"final\":{\"test\":{\"confusion\":[[5,1],[0,4]]},"
                + "\"validation\":{\"confusion\":[[1,2],[3]]},\"train\":{\"confusion\":[[1.5,0],[0,1]]}}}]";
        RunHistory h = RunHistory.parse(stored);

        assertThat(h.storedConfusion("a", "test")).hasValueSatisfying(m ->
                assertThat(m).isDeepEqualTo(new int[][] {{5, 1}, {0, 4}}));
        assertThat(h.storedConfusion("a", "validation")).isEmpty(); // ragged
        assertThat(h.storedConfusion("a", "train")).isEmpty(); // not counts
        assertThat(h.storedConfusion("a", "nowhere")).isEmpty();
        assertThat(h.storedConfusion("b", "test")).isEmpty();
        assertThat(RunHistory.EMPTY.with(run("c", "Run 1")).storedConfusion("c", "validation")).isEmpty();
    }
}
