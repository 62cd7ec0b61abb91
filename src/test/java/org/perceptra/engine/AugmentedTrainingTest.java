package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.perceptra.data.Augmentation;
import org.perceptra.data.DataSource;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.session.RunLog;
import org.perceptra.engine.session.TrainingSession;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.layers.StandardLayers;

/** Augmentation varies training batches only, from the run's seed. */
class AugmentedTrainingTest {
    private static final Shape IMAGE = Shape.of(1, 6, 6);
    private static final Augmentation SHIFT_AND_TURN = new Augmentation(true, 1, 15);
    private static final NetworkGraph NET = TestNet.input(1, 6, 6).then(StandardLayers.FLATTEN, Map.of())
            .dense(8, "relu").output(2, "softmax", "categorical_crossentropy").graph();
    private static final TrainingSettings SETTINGS = TrainingSettings.defaults().withBatchAndEpochs(8, 3).withSeed(5);

    /** Bars: class 0 has a bright row, class 1 a bright column, at random places. */
    private static PreparedData bars() {
        Random r = new Random(3);
        int n = 48;
        float[] x = new float[n * 36];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            classes[i] = i % 2;
            int at = 1 + r.nextInt(4);
            for (int k = 0; k < 6; k++) {
                x[i * 36 + (classes[i] == 0 ? at * 6 + k : k * 6 + at)] = 1f;
            }
        }
        Dataset all = Dataset.ofClasses(x, IMAGE, classes, List.of("row", "column"));
        return PreparedData.prepare(all, new DatasetSpec(new DataSource.None(), new DatasetSpec.Split(0.25, 0, true,
                1, 1), DatasetSpec.Normalization.NONE, SHIFT_AND_TURN));
    }

    @Test
    void trainingBatchesAreVariedImagesWithTheirOwnLabels() {
        PreparedData data = bars();
        CompiledNetwork net = GraphCompiler.compile(NET, SETTINGS);
        TrainingArrays train = NetworkData.of(data, net).train();
        int[] rows = {0, 1, 2, 3, 4, 5, 6, 7};
        float[] rawX = new float[8 * 36];
        float[] rawY = new float[8 * 2];
        train.copyRows(rows, rawX, rawY);

        AugmentedBatches.Rows first = new AugmentedBatches(train, SHIFT_AND_TURN, 5).batch(rows);
        AugmentedBatches.Rows again = new AugmentedBatches(train, SHIFT_AND_TURN, 5).batch(rows);
        AugmentedBatches.Rows otherSeed = new AugmentedBatches(train, SHIFT_AND_TURN, 6).batch(rows);

        assertThat(first.features()).isNotEqualTo(rawX);
        assertThat(first.labels()).containsExactly(rawY);
        assertThat(first.features()).containsExactly(again.features());
        assertThat(otherSeed.features()).isNotEqualTo(first.features());
    }

    @Test
    void theSameSeedGivesTheSameLossesAndAugmentationChangesThem() throws Exception {
        List<Float> augmented = losses(SHIFT_AND_TURN);

        assertThat(losses(SHIFT_AND_TURN)).isEqualTo(augmented);
        assertThat(losses(Augmentation.NONE)).isNotEqualTo(augmented);
    }

    @Test
    void evaluationSeesTheImagesAsTheyAre() throws Exception {
        PreparedData data = bars();
        CompiledNetwork net = GraphCompiler.compile(NET, SETTINGS);
        Nd4jTrainingLoop augmented = new Nd4jTrainingLoop(net, data, SETTINGS, SHIFT_AND_TURN);
        train(augmented);
        Nd4jTrainingLoop plain = new Nd4jTrainingLoop(net, data, SETTINGS); // the same network, trained

        for (Nd4jTrainingLoop.Part part : List.of(Nd4jTrainingLoop.Part.VALIDATION, Nd4jTrainingLoop.Part.TRAIN)) {
            EvaluationReport seen = augmented.evaluate(part).orElseThrow();
            assertThat(seen.loss()).as(part.name()).isEqualTo(plain.evaluate(part).orElseThrow().loss());
            assertThat(seen.metrics()).as(part.name()).isEqualTo(plain.evaluate(part).orElseThrow().metrics());
            assertThat(augmented.evaluate(part).orElseThrow().loss()).isEqualTo(seen.loss());
        }
    }

    /** A continued run draws the image variants the uninterrupted run would have drawn. */
    @Test
    void aContinuedRunAugmentsAsTheUninterruptedRunWould() throws Exception {
        RunLog whole = new RunLog();
        TrainingSession all = new TrainingSession(new Nd4jTrainingLoop(GraphCompiler.compile(NET, SETTINGS), bars(),
                SETTINGS, SHIFT_AND_TURN), SETTINGS, whole);
        all.start();
        assertThat(all.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        TrainingSettings one = SETTINGS.withBatchAndEpochs(8, 1);
        TrainingSettings two = SETTINGS.withBatchAndEpochs(8, 2);
        RunLog first = new RunLog();
        TrainingSession start = new TrainingSession(new Nd4jTrainingLoop(GraphCompiler.compile(NET, one), bars(), one,
                SHIFT_AND_TURN), one, first);
        start.start();
        assertThat(start.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        String saved = start.trainedWeightsJson().orElseThrow();

        CompiledNetwork net = GraphCompiler.compile(NET, two);
        WeightsJson.load(saved, net);
        Nd4jTrainingLoop rest = new Nd4jTrainingLoop(net, bars(), two, SHIFT_AND_TURN);
        rest.resume(TrainingState.in(saved).orElseThrow(), 2);
        RunLog second = new RunLog();
        TrainingSession more = new TrainingSession(rest, two, second);
        more.start();
        assertThat(more.awaitEnd(60, TimeUnit.SECONDS)).isTrue();

        float[] both = java.util.Arrays.copyOf(first.losses(), first.losses().length + second.losses().length);
        System.arraycopy(second.losses(), 0, both, first.losses().length, second.losses().length);
        assertThat(both).containsExactly(whole.losses());
    }

    private static List<Float> losses(Augmentation augmentation) throws Exception {
        CompiledNetwork net = GraphCompiler.compile(NET, SETTINGS);
        RunLog log = train(new Nd4jTrainingLoop(net, bars(), SETTINGS, augmentation));
        List<Float> out = new ArrayList<>();
        for (float l : log.losses()) {
            out.add(l);
        }
        return out;
    }

    private static RunLog train(Nd4jTrainingLoop loop) throws InterruptedException {
        RunLog log = new RunLog();
        TrainingSession session = new TrainingSession(loop, SETTINGS, log);
        session.start();
        assertThat(session.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        return log;
    }
}
