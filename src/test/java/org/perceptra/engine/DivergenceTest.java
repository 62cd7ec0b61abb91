package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.perceptra.engine.session.RunLog;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.model.TrainingSettings;
import org.perceptra.project.Project;
import org.perceptra.project.ProjectFiles;

/**
 * A run that diverges while its softmax cross-entropy stays finite is stopped and explained. (That healthy runs
 * are never stopped is shown by every sample project reaching its quality bar: SampleProjectBarsTest.)
 */
class DivergenceTest {
    private static final Path SAMPLES = Path.of("sample-projects").toAbsolutePath();

    @ParameterizedTest
    @EnumSource(value = TrainingSettings.Optimizer.class, names = {"ADAM", "SGD"})
    void theSpiralAtLearningRate50IsStoppedWithAnExplanation(TrainingSettings.Optimizer optimizer) throws Exception {
        Project spiral = ProjectFiles.load(SAMPLES.resolve("spiral.perceptra"));
        TrainingSettings reckless = spiral.training().withOptimizer(optimizer).withLearningRate(50)
                .withBatchAndEpochs(spiral.training().batchSize(), 30);
        RunLog log = new RunLog();
        var ready = (RunPreparation.Ready) RunPreparation.prepare(spiral.graph(), spiral.dataset(), reckless, SAMPLES,
                Long.MAX_VALUE, log);

        ready.session().start();

        assertThat(ready.session().awaitEnd(2, TimeUnit.MINUTES)).isTrue();
        assertThat(log.ending()).isInstanceOfSatisfying(TrainingEvent.RunFailed.class, f -> {
            assertThat(f.message()).startsWith("Training diverged at step " + f.iteration() + ": the ");
            assertThat(f.node()).as(f.message()).isIn("hidden_1", "hidden_2", "hidden_3", "output");
            assertThat(f.message()).contains(f.node());
            assertThat(f.suggestions()).anyMatch(s -> s.contains("learning rate"));
        });
        assertThat(log.ending().iteration()).as("stopped long before the 30 epochs end")
                .isLessThan(30L * ready.loop().batchesPerEpoch() / 2);
        ready.loop().releaseData();
    }
}
