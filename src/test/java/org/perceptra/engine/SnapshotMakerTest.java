package org.perceptra.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perceptra.data.Dataset;
import org.perceptra.data.DatasetSpec;
import org.perceptra.data.FeatureScaler;
import org.perceptra.data.PreparedData;
import org.perceptra.engine.session.TrainingEvent;
import org.perceptra.model.Shape;
import org.perceptra.model.TrainingSettings;

/** Decision boundaries and regression previews of networks whose answer is known in closed form. */
class SnapshotMakerTest {
    /** Samples spanning x in [0, 10] and y in [-1, 1]; the targets do not matter to the grid. */
    private static final float[] XY = {0, -1, 10, 1, 4, 0.5f, 2, -0.25f};
    private static final Dataset VALUES = Dataset.ofValues(XY, Shape.of(2), new float[] {1, 2, 3, 4}, 1);
    private static final Dataset NONE = Dataset.ofValues(new float[0], Shape.of(2), new float[0], 1);

    /** Input [2] -> Output of one linear unit: f(x, y) = x + 2y + 0.5. */
    private static CompiledNetwork plane() {
        CompiledNetwork net = GraphCompiler.compile(TestNet.input(2).output(1, "linear", "mse").graph(),
                TrainingSettings.defaults());
        net.setParameters(Map.of("output/W", new float[] {1, 2}, "output/b", new float[] {0.5f}));
        return net;
    }

    private static SnapshotMaker maker(CompiledNetwork net, PreparedData data, int resolution) {
        NetworkData arrays = NetworkData.of(data, net);
        return new SnapshotMaker(net, data, arrays.train(), arrays.validation().orElse(null), resolution,
                null); // these networks are hand-set to answer in the data's units
    }

    private static double f(double x, double y) {
        return x + 2 * y + 0.5;
    }

    @Test
    void theGridCoversTheDataWithATenthOfItsSpanOnEachSideAndSamplesCellCentres() {
        PreparedData data = new PreparedData(VALUES, NONE, NONE, FeatureScaler.identity(Shape.of(2)));
        TrainingEvent.DecisionBoundary b = maker(plane(), data, 12).decisionBoundary(3).orElseThrow();

        assertThat(b.iteration()).isEqualTo(3);
        assertThat(b.resolution()).isEqualTo(12);
        assertThat(b.channels()).isEqualTo(1);
        assertThat(b.xMin()).isCloseTo(-1, within(1e-9));
        assertThat(b.xMax()).isCloseTo(11, within(1e-9));
        assertThat(b.yMin()).isCloseTo(-1.2, within(1e-9));
        assertThat(b.yMax()).isCloseTo(1.2, within(1e-9));
        assertThat(b.values()).hasSize(144);
        for (int row = 0; row < 12; row++) {
            for (int col = 0; col < 12; col++) {
                double x = -1 + (col + 0.5) * 1.0; // 12 units over 12 cells
                double y = -1.2 + (row + 0.5) * 0.2;
                assertThat((double) b.values()[row * 12 + col]).as("row %d col %d", row, col)
                        .isCloseTo(f(x, y), within(1e-4));
            }
        }
        // orientation, spelled out: x grows along a row, y from row to row, row 0 at the bottom (yMin)
        assertThat(b.values()[11]).isGreaterThan(b.values()[0]);
        assertThat(b.values()[11 * 12]).isGreaterThan(b.values()[0]);
    }

    @Test
    void withScaledFeaturesTheGridStaysInOriginalUnitsAndTheNetworkSeesScaledOnes() {
        FeatureScaler z = FeatureScaler.fit(VALUES, DatasetSpec.Normalization.ZSCORE);
        PreparedData data = new PreparedData(z.apply(VALUES), NONE, NONE, z);
        TrainingEvent.DecisionBoundary b = maker(plane(), data, 5).decisionBoundary(0).orElseThrow();

        assertThat(b.xMin()).isCloseTo(-1, within(1e-5));
        assertThat(b.xMax()).isCloseTo(11, within(1e-5));
        assertThat(b.yMin()).isCloseTo(-1.2, within(1e-5));
        assertThat(b.yMax()).isCloseTo(1.2, within(1e-5));
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 5; col++) {
                float x = (float) (-1 + (col + 0.5) * 12 / 5);
                float y = (float) (-1.2 + (row + 0.5) * 2.4 / 5);
                float[] scaled = z.apply(new float[] {x, y});
                assertThat((double) b.values()[row * 5 + col]).isCloseTo(f(scaled[0], scaled[1]), within(1e-4));
            }
        }
    }

    @Test
    void classProbabilitiesFillTheChannelsOfEachCell() {
        // logits (x, -x): p(class 0) = 1 / (1 + exp(-2x))
        CompiledNetwork net = GraphCompiler.compile(TestNet.input(2).output(2, "softmax", "categorical_crossentropy")
                .graph(), TrainingSettings.defaults());
        net.setParameters(Map.of("output/W", new float[] {1, -1, 0, 0}, "output/b", new float[] {0, 0}));
        Dataset classes = Dataset.ofClasses(new float[] {-2, 0, 2, 1}, Shape.of(2), new int[] {0, 1}, List.of());
        Dataset noClasses = Dataset.ofClasses(new float[0], Shape.of(2), new int[0], List.of("0", "1"));
        PreparedData data = new PreparedData(classes, noClasses, noClasses, FeatureScaler.identity(Shape.of(2)));

        TrainingEvent.DecisionBoundary b = maker(net, data, 8).decisionBoundary(0).orElseThrow();

        assertThat(b.channels()).isEqualTo(2);
        assertThat(b.values()).hasSize(8 * 8 * 2);
        double width = (b.xMax() - b.xMin()) / 8;
        for (int row = 0; row < 8; row++) {
            for (int col = 0; col < 8; col++) {
                double x = b.xMin() + (col + 0.5) * width;
                int cell = (row * 8 + col) * 2;
                assertThat((double) b.values()[cell]).isCloseTo(1 / (1 + Math.exp(-2 * x)), within(1e-5));
                assertThat(b.values()[cell] + b.values()[cell + 1]).isCloseTo(1f, within(1e-5f));
            }
        }
        assertThat(maker(net, data, 8).regressionPreview(0)).as("classification has no regression preview").isEmpty();
    }

    @Test
    void regressionPreviewPairsPredictionsWithTheValidationTargets() {
        Dataset validation = Dataset.ofValues(new float[] {1, 1, -2, 3}, Shape.of(2), new float[] {9, -9}, 1);
        PreparedData data = new PreparedData(VALUES, validation, NONE, FeatureScaler.identity(Shape.of(2)));

        TrainingEvent.RegressionPreview p = maker(plane(), data, 10).regressionPreview(4).orElseThrow();

        assertThat(p.iteration()).isEqualTo(4);
        assertThat(p.targets()).containsExactly(9, -9);
        assertThat(p.predictions()[0]).isCloseTo((float) f(1, 1), within(1e-5f));
        assertThat(p.predictions()[1]).isCloseTo((float) f(-2, 3), within(1e-5f));
    }

    @Test
    void onlyTwoFeatureInputsGetABoundary() {
        CompiledNetwork net = GraphCompiler.compile(TestNet.input(3).output(1, "linear", "mse").graph(),
                TrainingSettings.defaults());
        Dataset three = Dataset.ofValues(new float[] {1, 2, 3}, Shape.of(3), new float[] {1}, 1);
        Dataset none = Dataset.ofValues(new float[0], Shape.of(3), new float[0], 1);
        PreparedData data = new PreparedData(three, none, none, FeatureScaler.identity(Shape.of(3)));

        assertThat(maker(net, data, 10).decisionBoundary(0)).isEmpty();
        assertThat(maker(net, data, 10).regressionPreview(0)).as("the training part stands in").isPresent();
    }

    @Test
    void resolutionIsRefusedOutsideTwoToTwoHundred() {
        PreparedData data = new PreparedData(VALUES, NONE, NONE, FeatureScaler.identity(Shape.of(2)));
        assertThatThrownBy(() -> maker(plane(), data, 201)).hasMessageContaining("2 to 200");
        assertThat(maker(plane(), data, 200).decisionBoundary(0).orElseThrow().values()).hasSize(40_000);
    }

    @Test
    void aFeatureThatDoesNotVaryGetsOneUnitEachSide() {
        Dataset flat = Dataset.ofValues(new float[] {3, 0, 3, 1}, Shape.of(2), new float[] {0, 0}, 1);
        BoundaryGrid g = BoundaryGrid.around(4, FeatureScaler.identity(Shape.of(2)), flat);
        assertThat(g.xMin()).isEqualTo(2);
        assertThat(g.xMax()).isEqualTo(4);
        assertThat(g.yMin()).isCloseTo(-0.1, within(1e-9));
    }
}
