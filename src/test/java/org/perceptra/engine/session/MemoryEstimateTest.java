package org.perceptra.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perceptra.model.Connection;
import org.perceptra.model.GraphAnalysis;
import org.perceptra.model.LayerNode;
import org.perceptra.model.NetworkGraph;
import org.perceptra.model.NodeId;
import org.perceptra.model.TrainingSettings;
import org.perceptra.model.Validator;
import org.perceptra.model.layers.StandardLayers;

class MemoryEstimateTest {
    /** Input [784] → Dense 1000 → Output 10: 785,000 + 10,010 = 795,010 parameters. */
    private static GraphAnalysis mlp(int hidden) {
        NetworkGraph g = NetworkGraph.of(List.of(
                LayerNode.of("input", StandardLayers.INPUT).withParams(StandardLayers.INPUT.defaults(
                        java.util.Map.of("shape", List.of(784)))),
                LayerNode.of("dense", StandardLayers.DENSE).withParam("units", hidden),
                LayerNode.of("output", StandardLayers.OUTPUT).withParam("units", 10)),
                List.of(new Connection(NodeId.of("input"), NodeId.of("dense")),
                        new Connection(NodeId.of("dense"), NodeId.of("output"))));
        return Validator.analyze(g);
    }

    @Test
    void countsWeightsGradientsAdamMomentsActivationsAndData() {
        TrainingSettings adam = TrainingSettings.defaults().withBatchAndEpochs(100, 1);

        MemoryEstimate m = MemoryEstimate.of(mlp(1000), adam, 1_000);

        assertThat(m.weightBytes()).isEqualTo(795_010L * 2 * 4);
        assertThat(m.optimizerBytes()).isEqualTo(795_010L * 2 * 4);
        assertThat(m.activationBytes()).isEqualTo((784 + 1000 + 10) * 100L * 2 * 4);
        assertThat(m.dataBytes()).isEqualTo(4_000);
    }

    @Test
    void plainSgdKeepsNoOptimiserState() {
        TrainingSettings sgd = TrainingSettings.defaults().withOptimizer(TrainingSettings.Optimizer.SGD);

        assertThat(MemoryEstimate.of(mlp(10), sgd, 0).optimizerBytes()).isZero();
    }

    @Test
    void aRunThatCannotFitIsRefusedWithTheFiguresAndWhatToChange() {
        TrainingSettings huge = TrainingSettings.defaults().withBatchAndEpochs(65_536, 1);
        MemoryEstimate m = MemoryEstimate.of(mlp(100_000), huge, 0);

        assertThat(m.refusal(512L << 20, 65_536)).hasValueSatisfying(msg -> assertThat(msg)
                .contains("GB", "batch of 65536", "512.0 MB", "smaller batch size"));
        assertThat(MemoryEstimate.of(mlp(10), TrainingSettings.defaults(), 0).refusal(512L << 20, 32)).isEmpty();
    }
}
