package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.perceptra.data.Augmentation;
import org.perceptra.data.DataSource;
import org.perceptra.data.DatasetSpec;
import org.perceptra.engine.session.RunLog;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.model.NetworkGraph;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;

class RunPreparationTest {
    private static final Path SAMPLES = Path.of("sample-projects").toAbsolutePath();

    private static Project spiral() throws Exception {
        return ProjectFiles.load(SAMPLES.resolve("spiral.perceptra"));
    }

    private static RunPreparation.Outcome prepare(Project p, long memory, RunLog log) {
        return RunPreparation.prepare(p.graph(), p.dataset(), p.training().withBatchAndEpochs(32, 1), SAMPLES, memory,
                log);
    }

    @Test
    void aValidProjectGivesASessionThatTrainsOnItsData() throws Exception {
        RunLog log = new RunLog();
        RunPreparation.Outcome outcome = prepare(spiral(), Runtime.getRuntime().maxMemory(), log);

        assertThat(outcome).isInstanceOf(RunPreparation.Ready.class);
        RunPreparation.Ready ready = (RunPreparation.Ready) outcome;
        assertThat(ready.data().train().size() + ready.data().validation().size() + ready.data().test().size())
                .isEqualTo(600);
        ready.session().start();
        assertThat(ready.session().awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        assertThat(log.ending()).isInstanceOf(TrainingEvent.RunFinished.class);
        assertThat(log.iterations()).isEqualTo((ready.data().train().size() + 31) / 32);
    }

    @Test
    void anEmptyNetworkIsRefusedInPlainWords() throws Exception {
        Project empty = spiral().withGraph(NetworkGraph.empty());

        assertThat(prepare(empty, Long.MAX_VALUE, new RunLog())).isInstanceOfSatisfying(RunPreparation.Refused.class,
                r -> {
                    assertThat(r.reason()).isEqualTo(RunPreparation.Refusal.NETWORK_HAS_ERRORS);
                    assertThat(r.message()).startsWith("The network is empty");
                });
    }

    @Test
    void aNetworkWithErrorsIsRefusedWithTheFirstProblem() throws Exception {
        Project p = spiral();
        NetworkGraph cut = p.graph().withoutNode(org.perceptra.model.NodeId.of("output"));

        assertThat(prepare(p.withGraph(cut), Long.MAX_VALUE, new RunLog()))
                .isInstanceOfSatisfying(RunPreparation.Refused.class, r -> {
                    assertThat(r.reason()).isEqualTo(RunPreparation.Refusal.NETWORK_HAS_ERRORS);
                    assertThat(r.message()).startsWith("The network has errors; fix them first.");
                });
    }

    @Test
    void missingDataIsRefusedNamingTheFile() throws Exception {
        Project p = spiral();
        Project noFile = p.withDataset(new DatasetSpec(new DataSource.Csv("nowhere/points.csv", List.of("x", "y"),
                "label", true), p.dataset().split(), p.dataset().normalization()));

        assertThat(prepare(noFile, Long.MAX_VALUE, new RunLog())).isInstanceOfSatisfying(RunPreparation.Refused.class,
                r -> {
                    assertThat(r.reason()).isIn(RunPreparation.Refusal.DATA_UNUSABLE,
                            RunPreparation.Refusal.NETWORK_HAS_ERRORS);
                    assertThat(r.message()).contains("points.csv");
                });
    }

    @Test
    void augmentationOfDataThatAreNotImagesIsRefused() throws Exception {
        Project p = spiral();
        Project augmented = p.withDataset(p.dataset().withAugmentation(new Augmentation(false, 1, 0)));

        assertThat(prepare(augmented, Long.MAX_VALUE, new RunLog())).isInstanceOfSatisfying(
                RunPreparation.Refused.class, r -> {
                    assertThat(r.reason()).isEqualTo(RunPreparation.Refusal.DATA_UNUSABLE);
                    assertThat(r.message()).contains("Augmentation", "[2]", "Turn it off");
                });
    }

    @Test
    void aRunTooBigForTheMemoryIsRefusedWithTheFigures() throws Exception {
        assertThat(prepare(spiral(), 1024, new RunLog())).isInstanceOfSatisfying(RunPreparation.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(RunPreparation.Refusal.TOO_BIG);
            assertThat(r.message()).contains("memory", "batch size");
        });
    }
}
